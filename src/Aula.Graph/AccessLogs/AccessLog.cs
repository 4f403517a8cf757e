using System.Security.Claims;
using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.AccessLogs;

/// The protected reads of one execution (a request, or one subscription event), written in one insert before
/// the response leaves (<see cref="AccessLogListener"/>). Resolvers only record; the same read twice in one
/// execution is one entry. Scoped, and safe for fields that resolve in parallel.
public sealed class AccessLog(ViewerContext viewers, AulaClock clock, IDbContextFactory<AulaDbContext> factory, ClientPolicy clients)
{
    private readonly Lock gate = new();
    private readonly HashSet<AccessRead> pending = [];
    private readonly HashSet<int> bodies = [];
    private readonly HashSet<int> ordinary = [];
    private readonly HashSet<int> peopleThroughClient = [];
    private bool? throughThirdParty;

    public void Record(AccessKind kind, int? childId = null, int? personId = null, int? threadId = null)
    {
        lock (gate)
        {
            pending.Add(new AccessRead(kind, childId, personId, threadId));
        }
    }

    /// The contents of a thread whose flag the caller knows: a sensitive one is logged, an ordinary one spares
    /// its messages' bodies the look-up at flush.
    public void RecordThread(int threadId, bool sensitive)
    {
        lock (gate)
        {
            if (sensitive)
            {
                pending.Add(new AccessRead(AccessKind.SensitiveThread, null, null, threadId));
            }
            else
            {
                ordinary.Add(threadId);
            }
        }
    }

    /// A message body of the thread was read by a viewer with step-up, where the thread's flag is not at hand
    /// (`node`, subscription events, payloads): logged at flush if the thread is sensitive by then.
    public void RecordBody(int threadId)
    {
        lock (gate)
        {
            bodies.Add(threadId);
        }
    }

    /// Whether this execution reads through a third-party client; decided once, from the execution's token.
    public bool ThroughThirdParty(ClaimsPrincipal? user) => throughThirdParty ??= clients.IsThirdParty(user);

    /// Data about a person was read through a third-party client; logged for that person if they are a child.
    public void RecordPersonThroughClient(int personId)
    {
        lock (gate)
        {
            peopleThroughClient.Add(personId);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        List<AccessRead> reads;
        List<int> threads, people;
        lock (gate)
        {
            reads = [.. pending];
            var known = pending.Where(r => r.Kind == AccessKind.SensitiveThread).Select(r => r.ThreadId ?? 0);
            threads = [.. bodies.Except(ordinary).Except(known)];
            people = [.. peopleThroughClient];
            pending.Clear();
            bodies.Clear();
            ordinary.Clear();
            peopleThroughClient.Clear();
        }
        var viewer = await viewers.GetAsync(cancellationToken);
        if (!viewer.IsAuthenticated)
        {
            return;
        }
        var thirdParty = viewer.ThroughThirdParty;
        if (thirdParty)
        {
            // Every execution through another client reads through the viewer's account.
            reads.Add(new AccessRead(AccessKind.ThirdPartyClient, null, viewer.ActorId, null));
        }
        if (reads.Count == 0 && threads.Count == 0)
        {
            return;
        }
        // Not cancellable: the data was read, so the read is logged even if the client went away.
        await using var db = await factory.CreateDbContextAsync(CancellationToken.None);
        reads.AddRange(await AccessLogReads.SensitiveAsync(db, threads));
        if (thirdParty)
        {
            reads.AddRange(await AccessLogReads.ChildrenAsync(db, people));
        }
        if (reads.Count == 0)
        {
            return;
        }
        var at = clock.Now;
        db.AccessLog.AddRange(reads.Distinct().Select(r => new AccessLogEntry
        {
            At = at,
            ActorId = viewer.ActorId,
            ClientId = viewer.ClientId,
            Kind = r.Kind,
            ChildId = r.ChildId,
            PersonId = r.PersonId,
            ThreadId = r.ThreadId,
        }));
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
