using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema.Errors;
using Aula.Realtime.Events;
using Aula.Realtime.Hubs;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.CheckIn;

/// The days after a change: one per date the child has a check-in place on, or why the change was refused
/// (then nothing was stored).
public sealed record DayWrite(IReadOnlyList<ChildDay> Days, UserError? Refusal = null);

/// Writes changes to children's days: each one appended as an event after the newest, in one short transaction,
/// and again from a fresh read when another writer appended first (the unique sequence refuses the loser). The
/// doorbell rings after the commit. Who may make which change is decided before this is called.
public sealed class CheckInBook(WriteRetry retry, AulaClock clock, ChildDayPublisher live)
{
    /// Applies <paramref name="change"/> to each date's day; a change that returns the day unchanged stores
    /// nothing. Null when the database stayed busy; otherwise the days as they now stand, one per date the child
    /// has a check-in place on.
    public async Task<IReadOnlyList<ChildDay>?> ChangeAsync(
        int childId, IReadOnlyList<DateOnly> dates, CheckInChange kind, int actorId, Func<ChildDay, ChildDay> change,
        CancellationToken cancellationToken) =>
        (await ChangeAsync(childId, dates, kind, actorId, change, _ => null, cancellationToken))?.Days;

    /// As above, but <paramref name="refuse"/> first sees every day as it stands inside the transaction: when it
    /// objects to any of them, nothing is stored and the objection comes back. Checking the fresh read, not an
    /// earlier one, keeps a rule such as "only a checked-in child can be checked out" true under races.
    public async Task<DayWrite?> ChangeAsync(
        int childId, IReadOnlyList<DateOnly> dates, CheckInChange kind, int actorId, Func<ChildDay, ChildDay> change,
        Func<ChildDay, UserError?> refuse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(refuse);
        var written = await retry.RunAsync(async (db, ct) =>
        {
            var before = new List<ChildDay>();
            foreach (var date in dates)
            {
                if (await ChildDays.LoadAsync(db, childId, date, ct) is { } day)
                {
                    if (refuse(day) is { } refusal)
                    {
                        return new Written(refusal, []);
                    }
                    before.Add(day);
                }
            }
            return new Written(null, await AppendAsync(db, before, kind, actorId, change, ct));
        }, cancellationToken);
        if (written is null)
        {
            return null;
        }
        foreach (var (day, eventId) in written.Days)
        {
            if (eventId is { } id)
            {
                live.ChildPresenceChanged(new ChildPresenceChanged(day.ChildId, day.InstitutionId, day.Date, id));
            }
        }
        return new DayWrite([.. written.Days.Select(w => w.Day)], written.Refusal);
    }

    private sealed record Written(UserError? Refusal, List<(ChildDay Day, long? EventId)> Days);

    private async Task<List<(ChildDay Day, long? EventId)>> AppendAsync(
        AulaDbContext db, List<ChildDay> days, CheckInChange kind, int actorId, Func<ChildDay, ChildDay> change, CancellationToken cancellationToken)
    {
        var at = clock.Now;
        var result = new List<(ChildDay Day, long? EventId)>();
        foreach (var before in days)
        {
            var after = change(before);
            if (after == before)
            {
                result.Add((before, null));
                continue;
            }
            var template = await db.CheckInTemplates.SingleOrDefaultAsync(t => t.ChildId == before.ChildId && t.Weekday == before.Date.DayOfWeek, cancellationToken);
            var e = after.ToEvent(kind, actorId, at, template);
            db.CheckInEvents.Add(e);
            await db.SaveChangesAsync(cancellationToken);
            result.Add((ChildDay.After(e, template), e.Id));
        }
        return result;
    }
}
