using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Statistics;

/// Raw counts for one institution in one period (and one role, for active people), before suppression.
internal sealed record UsageCount(int InstitutionId, int Period, StatisticsRole? Role, int Count);

internal sealed record UsageCounts(IReadOnlyList<UsageCount> Messages, IReadOnlyList<UsageCount> ActivePeople, IReadOnlyList<UsageCount> Plans);

/// Counts usage with three grouped statements, whatever the number of institutions and periods. A row's period is
/// found in SQL by counting the period boundaries at or before its time, so nothing is fetched per period.
internal static class UsageCounter
{
    public static async Task<UsageCounts> CountAsync(
        AulaDbContext db, IReadOnlyCollection<int> institutionIds, IReadOnlyList<DateOnly> bounds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var days = bounds.ToArray();
        var instants = bounds.Select(UsagePeriods.Instant).ToArray();
        var (start, end) = (instants[0], instants[^1]);
        var attached = Attachments.Of(db, institutionIds, days);

        var sent = db.Messages.Where(m => m.SentAt >= start && m.SentAt < end)
            .Select(m => new { m.Id, PersonId = m.SenderId, Period = instants.Count(b => b <= m.SentAt) - 1 });
        var messages = await (
                from m in sent
                from a in attached
                where a.PersonId == m.PersonId && a.FirstPeriod <= m.Period && a.LastPeriod >= m.Period
                select new { a.InstitutionId, m.Period, m.Id })
            .Distinct()
            .GroupBy(x => new { x.InstitutionId, x.Period })
            .Select(g => new UsageCount(g.Key.InstitutionId, g.Key.Period, null, g.Count()))
            .ToListAsync(cancellationToken);

        // Active: sent a message or saved a weekly plan (its last save is all we keep) in the period.
        var acts = sent.Select(m => new { m.PersonId, m.Period })
            .Concat(db.WeeklyPlans.Where(p => p.UpdatedAt >= start && p.UpdatedAt < end)
                .Select(p => new { PersonId = p.AuthorId, Period = instants.Count(b => b <= p.UpdatedAt) - 1 }));
        var active = await (
                from x in acts
                from a in attached
                where a.PersonId == x.PersonId && a.FirstPeriod <= x.Period && a.LastPeriod >= x.Period
                select new { a.InstitutionId, x.Period, a.Role, x.PersonId })
            .Distinct()
            .GroupBy(x => new { x.InstitutionId, x.Period, x.Role })
            .Select(g => new UsageCount(g.Key.InstitutionId, g.Key.Period, g.Key.Role, g.Count()))
            .ToListAsync(cancellationToken);

        // A plan of a group across institutions counts at each of them.
        var plans = await (
                from p in db.WeeklyPlans
                where p.PublishAt >= start && p.PublishAt < end && p.PublishAt <= now
                from gi in db.GroupInstitutions
                where gi.GroupId == p.GroupId && institutionIds.Contains(gi.InstitutionId)
                select new { gi.InstitutionId, Period = instants.Count(b => b <= p.PublishAt) - 1 })
            .GroupBy(x => new { x.InstitutionId, x.Period })
            .Select(g => new UsageCount(g.Key.InstitutionId, g.Key.Period, null, g.Count()))
            .ToListAsync(cancellationToken);

        return new UsageCounts(messages, active, plans);
    }
}
