using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Realtime.Domain;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.AccessLogs;

/// The hub's reads, written to the access log as GraphQL's are. A read through the hub is a body of a sensitive
/// thread's message pushed to a connection with step-up: one entry per person (and client) and message, written by
/// the node that holds the connection. A connection through a third-party client is a read through that client.
internal sealed class LiveAccessLog(IDbContextFactory<AulaDbContext> factory, AulaClock clock, ClientPolicy clients) : ILiveAccessLog
{
    public async Task MessagePushedAsync(int threadKey, IReadOnlyCollection<LiveViewer> readers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readers);
        await using var db = factory.CreateDbContext();
        // The flag as it is now, as the publisher read it for the push itself.
        if (readers.Count == 0 || !await db.Threads.AnyAsync(t => t.Id == threadKey && t.IsSensitive, cancellationToken))
        {
            return;
        }
        var at = clock.Now;
        db.AccessLog.AddRange(readers.Select(r => (r.PersonKey, r.ClientId)).Distinct().Select(r => new AccessLogEntry
        {
            At = at,
            ActorId = r.PersonKey,
            ClientId = r.ClientId,
            Kind = AccessKind.SensitiveThread,
            ThreadId = threadKey,
        }));
        await db.SaveChangesAsync(CancellationToken.None);
    }

    public async Task ConnectedAsync(LiveViewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!clients.IsThirdParty(viewer.ClientId))
        {
            return;
        }
        await using var db = factory.CreateDbContext();
        db.AccessLog.Add(new AccessLogEntry
        {
            At = clock.Now,
            ActorId = viewer.PersonKey,
            ClientId = viewer.ClientId,
            Kind = AccessKind.ThirdPartyClient,
            PersonId = viewer.PersonKey,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
