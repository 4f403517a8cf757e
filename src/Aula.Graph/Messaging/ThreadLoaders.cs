using Aula.Graph.Access;
using Aula.Graph.Data;
using Aula.Graph.Schema.Loading;
using Aula.Graph.Schema.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Messaging;

/// `node(id:)` for threads, and every thread reached by ID: only threads the viewer takes part in.
[NodeType("ChatThread")]
public sealed class ThreadByIdLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewerContext)
    : NodeLoader<ThreadView>(factory, viewerContext)
{
    protected override IQueryable<ThreadView> Find(AulaDbContext db, Viewer viewer, IReadOnlyCollection<long> keys) =>
        ThreadView.Of(db, viewer)
            .Where(t => keys.Contains(t.Id));

    protected override long KeyOf(ThreadView node) => node.Id;
}

/// `node(id:)` for messages: a sensitive thread's messages only with a second factor.
[NodeType("Message")]
public sealed class MessageByIdLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewerContext)
    : NodeLoader<Message>(factory, viewerContext)
{
    protected override IQueryable<Message> Find(AulaDbContext db, Viewer viewer, IReadOnlyCollection<long> keys) =>
        db.ReadableMessages(viewer)
            .Where(m => keys.Contains(m.Id));

    protected override long KeyOf(Message node) => node.Id;
}

/// Everyone who takes or took part in a thread, including those who left, in the order they joined.
public sealed class ThreadParticipantsLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewer)
    : BatchListLoader<int, ThreadParticipant>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<ThreadParticipant>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var v = await viewer.GetAsync(cancellationToken);
        await using var db = factory.CreateDbContext();
        var rows = await db.ThreadParticipants
            .Where(p => keys.Contains(p.ThreadId) && db.VisibleThreads(v).Any(t => t.Id == p.ThreadId))
            .OrderBy(p => p.ThreadId).ThenBy(p => p.JoinedAt).ThenBy(p => p.PersonId)
            .ToListAsync(cancellationToken);
        return Group(rows, p => p.ThreadId, p => p);
    }
}

/// The newest remaining message of each thread, for N threads in one statement. Not simply the one at the thread's
/// last sequence: the retention job may have deleted that one.
public sealed class LastMessageLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewer) : BatchLoader<int, Message?>
{
    protected override async Task<IReadOnlyDictionary<int, Message?>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var v = await viewer.GetAsync(cancellationToken);
        await using var db = factory.CreateDbContext();
        return await db.ReadableMessages(v)
            .Where(m => keys.Contains(m.ThreadId) && !db.Messages.Any(n => n.ThreadId == m.ThreadId && n.Sequence > m.Sequence))
            .ToDictionaryAsync(m => m.ThreadId, m => (Message?)m, cancellationToken);
    }
}
