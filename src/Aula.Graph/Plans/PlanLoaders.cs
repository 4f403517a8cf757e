using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema.Loading;
using Aula.Graph.Schema.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Plans;

[NodeType("WeeklyPlan")]
public sealed class WeeklyPlanByIdLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewerContext, AulaClock clock)
    : NodeLoader<WeeklyPlan>(factory, viewerContext)
{
    protected override IQueryable<WeeklyPlan> Find(AulaDbContext db, Viewer viewer, IReadOnlyCollection<long> keys) =>
        db.VisiblePlans(viewer, clock.Now)
            .Where(p => keys.Contains(p.Id));

    protected override long KeyOf(WeeklyPlan node) => node.Id;
}

public readonly record struct GroupWeek(int GroupId, IsoWeek Week);

/// A group's plan for a week, if the viewer may see it (unpublished plans only for the group's staff).
public sealed class GroupWeekPlanLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewer, AulaClock clock)
    : BatchLoader<GroupWeek, WeeklyPlan?>
{
    protected override async Task<IReadOnlyDictionary<GroupWeek, WeeklyPlan?>> FetchAsync(IReadOnlyCollection<GroupWeek> keys, CancellationToken cancellationToken)
    {
        var v = await viewer.GetAsync(cancellationToken);
        var groupIds = keys.Select(k => k.GroupId).Distinct().ToList();
        var weeks = keys.Select(k => PlanWeeks.Ordinal(k.Week)).Distinct().ToList();
        await using var db = factory.CreateDbContext();
        var plans = await db.VisiblePlans(v, clock.Now)
            .Where(p => groupIds.Contains(p.GroupId) && weeks.Contains(p.Year * 100 + p.Week))
            .ToListAsync(cancellationToken);
        // Groups times weeks can select more pairs than were asked for; keep the asked ones.
        return plans
            .Select(p => (Key: new GroupWeek(p.GroupId, new IsoWeek(p.Year, p.Week)), Plan: p))
            .Where(r => keys.Contains(r.Key))
            .ToDictionary(r => r.Key, r => (WeeklyPlan?)r.Plan);
    }
}

/// Entries of plans the viewer already may see.
public sealed class WeeklyPlanEntriesLoader(IDbContextFactory<AulaDbContext> factory) : BatchListLoader<int, WeeklyPlanEntry>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<WeeklyPlanEntry>>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.WeeklyPlanEntries.Where(e => keys.Contains(e.WeeklyPlanId)).ToListAsync(cancellationToken);
        return Group(Ordered(rows), e => e.WeeklyPlanId, e => e);
    }

    /// Monday first, then by position. The day is stored by name, so the database cannot order it.
    public static IReadOnlyList<WeeklyPlanEntry> Ordered(IEnumerable<WeeklyPlanEntry> entries) =>
        [.. entries.OrderBy(e => Weekdays.IsoIndex(e.Day)).ThenBy(e => e.Position).ThenBy(e => e.Id)];
}
