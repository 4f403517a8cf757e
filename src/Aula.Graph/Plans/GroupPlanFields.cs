using Aula.Graph.Basics;
using Aula.Graph.Groups;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;
using Aula.Graph.Schema.Scalars;
using GraphQL;

namespace Aula.Graph.Plans;

/// `Group.weeklyPlan`, kept beside the rest of the plans.
internal sealed class GroupPlanFields(AulaClock clock) : ITypeFields<GroupType>
{
    public void AddTo(GroupType type) =>
        type.Field<WeeklyPlanType>("weeklyPlan")
            .Description("The group's plan for a week, or null when there is none you may see yet.")
            .Argument<IsoWeekGraphType>("week", "The week; this week when omitted.")
            .Resolve(c => c.Loader<GroupWeekPlanLoader>()
                .Load(new GroupWeek(c.Source.Id, c.GetArgument<IsoWeek?>("week") ?? clock.CurrentWeek)));
}
