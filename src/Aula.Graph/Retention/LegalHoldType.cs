using Aula.Graph.Basics;
using GraphQL.Types;

namespace Aula.Graph.Retention;

/// A legal hold as its administrator sees it: the child only by ID.
public sealed record LegalHoldView(int ChildId, string Reason, DateTimeOffset SetAt, DateOnly? DeletionDueOn);

public sealed class LegalHoldType : ObjectGraphType<LegalHoldView>
{
    public LegalHoldType()
    {
        Name = "LegalHold";
        Description = "Keeps a child's data past its deletion day while the hold stands (a case under review).";
        Field<NonNullGraphType<IdGraphType>>("childId").Description("The child's ID; administrators see no other data of the child.")
            .Resolve(c => GlobalId.Encode("Child", c.Source.ChildId));
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the data is kept.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<DateTimeGraphType>>("setAt").Description("When the hold was set, or last set again.")
            .Resolve(c => c.Source.SetAt.UtcDateTime);
        Field<DateOnlyGraphType>("deletionDueOn")
            .Description("The day the child's data is due for deletion: once the hold is released, the job's next run on or "
                + "after this day deletes it. Null while the child is enrolled with no end date.")
            .Resolve(c => c.Source.DeletionDueOn);
    }
}
