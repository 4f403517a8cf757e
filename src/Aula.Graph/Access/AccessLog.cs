using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Access;

/// The protected reads of one execution (a request, or one subscription event), written in one insert before
/// the response leaves (<see cref="AccessLogListener"/>). Resolvers only call <see cref="Record"/>; the same
/// read twice in one execution is one entry. Scoped, and safe for fields that resolve in parallel.
public sealed class AccessLog(ViewerContext viewers, AulaClock clock, IDbContextFactory<AulaDbContext> factory)
{
    private readonly HashSet<(AccessKind Kind, int? ChildId, int? PersonId, int? ThreadId)> pending = [];
    private readonly Lock gate = new();

    public void Record(AccessKind kind, int? childId = null, int? personId = null, int? threadId = null)
    {
        lock (gate)
        {
            pending.Add((kind, childId, personId, threadId));
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        List<(AccessKind Kind, int? ChildId, int? PersonId, int? ThreadId)> reads;
        lock (gate)
        {
            reads = [.. pending];
            pending.Clear();
        }
        var viewer = await viewers.GetAsync(cancellationToken);
        if (reads.Count == 0 || !viewer.IsAuthenticated)
        {
            return;
        }
        var at = clock.Now;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.AccessLog.AddRange(reads.Select(r => new AccessLogEntry
        {
            At = at,
            ActorId = viewer.PersonId,
            ClientId = viewer.ClientId,
            Kind = r.Kind,
            ChildId = r.ChildId,
            PersonId = r.PersonId,
            ThreadId = r.ThreadId,
        }));
        // Not cancellable: the data was read, so the read is logged even if the client went away.
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
