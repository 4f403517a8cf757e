using Aula.Graph.Basics;
using GraphQL.Types;

namespace Aula.Graph.Retention;

/// A child whose data is due for deletion soon, without name or other personal data.
public sealed record DueChildView(int ChildId, DateOnly LastEnrolledUntil, DateOnly DeletionDueOn, IReadOnlyList<string> Institutions);

public sealed class ChildDueForDeletionType : ObjectGraphType<DueChildView>
{
    public ChildDueForDeletionType()
    {
        Name = "ChildDueForDeletion";
        Description = "A child no longer enrolled anywhere whose data is deleted soon unless a legal hold is set. "
            + "No name: the institution and the last day enrolled are what the municipality's own case records match.";
        Field<NonNullGraphType<IdGraphType>>("childId").Description("The ID to set a legal hold with.")
            .Resolve(c => GlobalId.Encode("Child", c.Source.ChildId));
        Field<NonNullGraphType<DateOnlyGraphType>>("lastEnrolledUntil").Description("The last day of the child's last enrollment.")
            .Resolve(c => c.Source.LastEnrolledUntil);
        Field<NonNullGraphType<DateOnlyGraphType>>("deletionDueOn")
            .Description("The day the deletion job deletes the child's data: at its first run that day, or at its next run when the day has passed.")
            .Resolve(c => c.Source.DeletionDueOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("institutions")
            .Description("The names of the institutions in your municipalities where the child was enrolled last.")
            .Resolve(c => c.Source.Institutions);
    }
}
