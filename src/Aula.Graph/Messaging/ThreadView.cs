using Aula.Graph.Access;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Messaging;

/// A thread as one participant sees it: the thread's row joined with that participant's own row, so
/// `unreadCount` and `muted` cost no extra statement.
public sealed class ThreadView
{
    public int Id { get; init; }
    public required string Subject { get; init; }
    public bool IsSensitive { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public int LastSequence { get; init; }
    public DateTimeOffset LastActivityAt { get; init; }
    public int LastReadSequence { get; init; }
    public bool Muted { get; init; }

    public int UnreadCount => Math.Max(0, LastSequence - LastReadSequence);

    /// The viewer's visible threads, each with the viewer's participation.
    public static IQueryable<ThreadView> Of(AulaDbContext db, Viewer viewer) =>
        db.VisibleThreads(viewer).Join(
            db.ThreadParticipants.Where(p => p.PersonId == viewer.PersonId),
            t => t.Id,
            p => p.ThreadId,
            (t, p) => new ThreadView
            {
                Id = t.Id,
                Subject = t.Subject,
                IsSensitive = t.IsSensitive,
                CreatedAt = t.CreatedAt,
                LastSequence = t.LastSequence,
                LastActivityAt = t.LastActivityAt,
                LastReadSequence = p.LastReadSequence,
                Muted = p.IsMuted,
            });

    /// One thread as it is now, read afresh (a mutation's payload must not see a value cached before the write).
    public static async Task<ThreadView?> FindAsync(
        IDbContextFactory<AulaDbContext> factory, Viewer viewer, int threadId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var db = factory.CreateDbContext();
        return await Of(db, viewer).FirstOrDefaultAsync(t => t.Id == threadId, cancellationToken);
    }
}
