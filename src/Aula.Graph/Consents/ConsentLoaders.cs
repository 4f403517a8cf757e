using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema.Loading;
using Aula.Graph.Schema.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Consents;

/// `node(id:)` for consent definitions: only those that apply to a child the viewer may see.
[NodeType("ConsentDefinition")]
public sealed class ConsentDefinitionByIdLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewerContext, AulaClock clock)
    : NodeLoader<ConsentDefinition>(factory, viewerContext)
{
    protected override IQueryable<ConsentDefinition> Find(AulaDbContext db, Viewer viewer, IReadOnlyCollection<long> keys) =>
        db.VisibleConsentDefinitions(viewer, clock.Today)
            .Where(d => keys.Contains(d.Id));

    protected override long KeyOf(ConsentDefinition node) => node.Id;
}

/// Definitions reached from a history row the viewer may already see.
public sealed class ConsentDefinitionRefLoader(IDbContextFactory<AulaDbContext> factory) : BatchLoader<int, ConsentDefinition?>
{
    protected override async Task<IReadOnlyDictionary<int, ConsentDefinition?>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.ConsentDefinitions.Where(d => keys.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => (ConsentDefinition?)d, cancellationToken);
    }
}

public sealed class ChildConsentsLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewer, AulaClock clock)
    : BatchListLoader<int, ChildConsent>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<ChildConsent>>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var v = await viewer.GetAsync(cancellationToken);
        await using var db = factory.CreateDbContext();
        var consents = await ConsentReader.ReadAsync(db, v, clock.Today, keys, cancellationToken);
        return consents.ToDictionary(p => p.Key, p => (IReadOnlyList<ChildConsent>)p.Value);
    }
}

/// Every change of every answer for a child, newest first; guardians only.
public sealed class ChildConsentHistoryLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewer)
    : BatchListLoader<int, ConsentAnswerChange>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<ConsentAnswerChange>>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var v = await viewer.GetAsync(cancellationToken);
        await using var db = factory.CreateDbContext();
        // Ids grow with time, and unlike instants they order the same on both providers.
        var rows = await db.VisibleConsentChanges(v)
            .Where(c => keys.Contains(c.ChildId))
            .OrderByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        return Group(rows, c => c.ChildId, c => c);
    }
}
