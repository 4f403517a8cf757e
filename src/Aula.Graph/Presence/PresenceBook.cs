using Aula.Graph.Access;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Presence;

/// Writes changes to children's days: each one appended as an event after the newest, in one short transaction,
/// and again from a fresh read when another writer appended first (the unique sequence refuses the loser). The
/// doorbell rings after the commit. Who may make which change is decided before this is called.
public sealed class PresenceBook(WriteRetry retry, AulaClock clock, IPresenceEvents events)
{
    /// Applies <paramref name="change"/> to each date's day; a change that returns the day unchanged stores
    /// nothing. Null when the database stayed busy; otherwise the days as they now stand, one per date the child
    /// has a check-in place on.
    public async Task<IReadOnlyList<ChildDay>?> ChangeAsync(
        int childId, IReadOnlyList<DateOnly> dates, PresenceChange kind, int actorId, Func<ChildDay, ChildDay> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(change);
        var written = await retry.RunAsync(async (db, ct) =>
        {
            var at = clock.Now;
            var result = new List<(ChildDay Day, long? EventId)>();
            foreach (var date in dates)
            {
                if (await ChildDays.LoadAsync(db, childId, date, ct) is not { } before)
                {
                    continue;
                }
                var after = change(before);
                if (after == before)
                {
                    result.Add((before, null));
                    continue;
                }
                var template = await db.PresenceTemplates.SingleOrDefaultAsync(t => t.ChildId == childId && t.Weekday == date.DayOfWeek, ct);
                var e = after.ToEvent(kind, actorId, at, template);
                db.PresenceEvents.Add(e);
                await db.SaveChangesAsync(ct);
                result.Add((ChildDay.After(e, template) with { InstitutionId = before.InstitutionId }, e.Id));
            }
            return result;
        }, cancellationToken);
        if (written is null)
        {
            return null;
        }
        foreach (var (day, eventId) in written)
        {
            if (eventId is { } id)
            {
                await events.ChildDayChangedAsync(new ChildDayChanged(day.ChildId, day.InstitutionId, day.Date, id), cancellationToken);
            }
        }
        return [.. written.Select(w => w.Day)];
    }
}
