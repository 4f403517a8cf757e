using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Realtime.Events;
using Aula.Realtime.Hubs;
using Aula.Realtime.Pushes;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Messaging;

/// What a participant does with a thread besides writing: read it, mute it, leave it. Each is one guarded
/// statement on the participant's own row of a thread the viewer may see; null means done.
public sealed class ThreadMembership(IDbContextFactory<AulaDbContext> factory, AulaClock clock, LivePublisher live)
{
    /// Marks the thread read up to a sequence (the newest when null). The mark never moves backwards.
    public async Task<MessagingError?> MarkReadAsync(Viewer viewer, int threadId, int? sequence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = factory.CreateDbContext();
        var last = await db.VisibleThreads(viewer).Where(t => t.Id == threadId)
            .Select(t => (int?)t.LastSequence).FirstOrDefaultAsync(cancellationToken);
        if (last is null)
        {
            return ThreadErrors.ThreadNotFound();
        }
        var target = sequence ?? last.Value;
        if (target < 0 || target > last)
        {
            return ThreadErrors.Invalid("sequence", $"sequence takes 0 to the thread's newest sequence ({last}).");
        }
        var moved = await Mine(db, viewer, threadId)
            .Where(p => p.LastReadSequence < target)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LastReadSequence, target), cancellationToken);
        if (moved > 0)
        {
            // Whichever transport marked it (mutation or hub), the others hear of it once, after the write.
            live.ThreadRead(
                new ThreadRead(threadId, viewer.PersonId, target),
                new ThreadReadPush(GlobalId.Encode("ChatThread", threadId), GlobalId.Encode("Person", viewer.PersonId), target));
        }
        return null;
    }

    public async Task<MessagingError?> SetMutedAsync(Viewer viewer, int threadId, bool muted, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var changed = await Mine(db, viewer, threadId).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsMuted, muted), cancellationToken);
        return changed == 0 ? ThreadErrors.ThreadNotFound() : null;
    }

    /// After leaving, the thread is invisible to the viewer, like a thread that does not exist.
    public async Task<MessagingError?> LeaveAsync(Viewer viewer, int threadId, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        await using var db = factory.CreateDbContext();
        var changed = await Mine(db, viewer, threadId).ExecuteUpdateAsync(s => s.SetProperty(p => p.LeftAt, (DateTimeOffset?)now), cancellationToken);
        return changed == 0 ? ThreadErrors.ThreadNotFound() : null;
    }

    /// The viewer's own participation in the thread, if the viewer may see the thread.
    private static IQueryable<ThreadParticipant> Mine(AulaDbContext db, Viewer viewer, int threadId) =>
        db.ThreadParticipants.Where(p => p.ThreadId == threadId && p.PersonId == viewer.PersonId
            && db.VisibleThreads(viewer).Any(t => t.Id == p.ThreadId));
}
