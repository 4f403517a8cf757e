using Aula.Graph.Children;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;
using GraphQL;
using GraphQL.Types;

namespace Aula.Graph.CheckIn;

/// `Child.day`: the child's day at its daycare, SFO or club, for the child's guardians and that place's staff.
internal sealed class ChildDayFields : ITypeFields<ChildType>
{
    public void AddTo(ChildType type) =>
        type.Field<ChildDayType>("day")
            .Description("The child's day at its daycare, SFO or club; null when the child has none that day or you may not see it "
                + "(only the child's guardians and that institution's staff do).")
            .Argument<DateOnlyGraphType>("date", "The day; today where the institution is when omitted.")
            .Resolve(c => c.Loader<ChildDayLoader>().Load((c.Source.Id, c.GetArgument<DateOnly?>("date"))));
}
