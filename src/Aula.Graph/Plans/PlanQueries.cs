using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Scalars;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Plans;

internal sealed class PlanQueries(IDbContextFactory<AulaDbContext> factory, AulaClock clock) : IQueryFields
{
    public const int MaxWeeks = 12;

    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WeeklyPlanType>>>>("weeklyPlans")
            .Description("A group's plans that you may see, by week, from `from` to `to` inclusive (at most "
                + $"{MaxWeeks} weeks). `from` defaults to this week and `to` to the week after `from`: the parents' "
                + "\"this week and next\". A group you may not see has no plans.")
            .Argument<NonNullGraphType<IdGraphType>>("groupId")
            .Argument<IsoWeekGraphType>("from")
            .Argument<IsoWeekGraphType>("to")
            .ResolveAsync(async c =>
            {
                var viewer = await c.ViewerAsync();
                var from = c.GetArgument<IsoWeek?>("from") ?? clock.CurrentWeek;
                var to = c.GetArgument<IsoWeek?>("to") ?? from.Next;
                var span = PlanWeeks.Span(from, to);
                if (span is < 1 or > MaxWeeks)
                {
                    throw new AulaError(ErrorCodes.Validation, $"`to` must be from `from` up to {MaxWeeks - 1} weeks later.");
                }
                if (GlobalId.Decode(c.GetArgument<string>("groupId"), "Group") is not { } groupId)
                {
                    return Array.Empty<WeeklyPlan>();
                }
                var (first, last) = (PlanWeeks.Ordinal(from), PlanWeeks.Ordinal(to));
                await using var db = factory.CreateDbContext();
                return await db.VisiblePlans(viewer, clock.Now)
                    .Where(p => p.GroupId == groupId && p.Year * 100 + p.Week >= first && p.Year * 100 + p.Week <= last)
                    .OrderBy(p => p.Year).ThenBy(p => p.Week)
                    .ToListAsync(c.CancellationToken);
            });
}
