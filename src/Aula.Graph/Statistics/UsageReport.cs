using Aula.Graph.Data;

namespace Aula.Graph.Statistics;

/// Lays the raw counts out per institution and period, and withholds every count below the threshold. No
/// total is added anywhere (not per institution, not over roles, not over the municipality): a total next to
/// its parts would let a withheld part be recomputed by subtraction.
internal static class UsageReport
{
    public static UsageStatistics Build(
        IReadOnlyList<Institution> institutions, IReadOnlyList<DateOnly> bounds, StatisticsPeriod period, UsageCounts counts)
    {
        var messages = counts.Messages.ToDictionary(c => (c.InstitutionId, c.Period), c => c.Count);
        var plans = counts.Plans.ToDictionary(c => (c.InstitutionId, c.Period), c => c.Count);
        var active = counts.ActivePeople.ToDictionary(c => (c.InstitutionId, c.Period, c.Role!.Value), c => c.Count);
        var rows = institutions.Select(i => new InstitutionUsage(i, [.. Enumerable.Range(0, bounds.Count - 1).Select(p => new UsagePeriod(
            bounds[p],
            bounds[p + 1],
            Suppression.Apply(messages.GetValueOrDefault((i.Id, p))),
            [.. Enum.GetValues<StatisticsRole>().Select(r => new ActivePeopleCount(r, Suppression.Apply(active.GetValueOrDefault((i.Id, p, r)))))],
            Suppression.Apply(plans.GetValueOrDefault((i.Id, p)))))]));
        return new UsageStatistics(bounds[0], bounds[^1], period, [.. rows]);
    }
}
