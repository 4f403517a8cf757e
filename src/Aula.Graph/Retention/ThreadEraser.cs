using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Retention;

/// Takes a person out of every thread: their messages and participations go. A thread nobody else takes part
/// in (or ever took part in and is still recorded) goes entirely. A thread the person started that others
/// still share stays theirs, with the participant who has been in it longest (preferring those who have not
/// left) as its creator: the others' messages are their correspondence, not the person's data.
/// Deleting messages leaves gaps in a thread's sequence; `messages(afterSequence:)` pages by "greater than",
/// so catching up skips the gaps and still returns every remaining message once.
internal static class ThreadEraser
{
    public static async Task RemoveAsync(AulaDbContext db, int personId, CancellationToken cancellationToken)
    {
        var threadIds = await db.ThreadParticipants.Where(p => p.PersonId == personId).Select(p => p.ThreadId)
            .Union(db.Threads.Where(t => t.CreatedById == personId).Select(t => t.Id))
            .ToListAsync(cancellationToken);
        await db.Messages.Where(m => m.SenderId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.ThreadParticipants.Where(p => p.PersonId == personId).ExecuteDeleteAsync(cancellationToken);

        var empty = db.Threads.Where(t => threadIds.Contains(t.Id) && !db.ThreadParticipants.Any(p => p.ThreadId == t.Id));
        await db.AccessLog.Where(e => empty.Any(t => t.Id == e.ThreadId)).ExecuteDeleteAsync(cancellationToken);
        await db.Messages.Where(m => empty.Any(t => t.Id == m.ThreadId)).ExecuteDeleteAsync(cancellationToken);
        await empty.ExecuteDeleteAsync(cancellationToken);

        await db.Threads.Where(t => t.CreatedById == personId).ExecuteUpdateAsync(s => s.SetProperty(
            t => t.CreatedById,
            t => db.ThreadParticipants.Where(p => p.ThreadId == t.Id)
                .OrderBy(p => p.LeftAt == null ? 0 : 1).ThenBy(p => p.JoinedAt).ThenBy(p => p.PersonId)
                .Select(p => p.PersonId)
                .First()), cancellationToken);
    }
}
