using Aula.Graph.Data;
using Aula.Graph.Schema.Loading;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.CheckIn;

/// One change of a day: what was done, when, by whom (null once that person is deleted), and the day before and after.
public sealed record DayChange(CheckInChange Kind, DateTimeOffset At, int? ActorId, ChildDay From, ChildDay To);

/// Every change of the days asked, oldest first, in two statements however many days: their events, and the
/// weekday templates that the untouched day and open pickup times are read from.
public sealed class ChildDayHistoryLoader(IDbContextFactory<AulaDbContext> factory) : BatchListLoader<(int ChildId, DateOnly Date), DayChange>
{
    protected override async Task<IReadOnlyDictionary<(int ChildId, DateOnly Date), IReadOnlyList<DayChange>>> FetchAsync(
        IReadOnlyCollection<(int ChildId, DateOnly Date)> keys, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        List<int> children = [.. keys.Select(k => k.ChildId).Distinct()];
        List<DateOnly> dates = [.. keys.Select(k => k.Date).Distinct()];
        var events = await db.CheckInEvents.Where(e => children.Contains(e.ChildId) && dates.Contains(e.Date))
            .OrderBy(e => e.ChildId).ThenBy(e => e.Date).ThenBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        var templates = await db.CheckInTemplates.Where(t => children.Contains(t.ChildId)).ToListAsync(cancellationToken);
        var history = new Dictionary<(int, DateOnly), IReadOnlyList<DayChange>>();
        foreach (var day in events.GroupBy(e => (e.ChildId, e.Date)).Where(g => keys.Contains(g.Key)))
        {
            var template = templates.SingleOrDefault(t => t.ChildId == day.Key.ChildId && t.Weekday == day.Key.Date.DayOfWeek);
            var before = ChildDay.Start(day.Key.ChildId, day.First().InstitutionId, day.Key.Date, template);
            var changes = new List<DayChange>();
            foreach (var e in day)
            {
                var after = ChildDay.After(e, template);
                changes.Add(new DayChange(e.Change, e.At, e.ActorId, before, after));
                before = after;
            }
            history[day.Key] = changes;
        }
        return history;
    }
}
