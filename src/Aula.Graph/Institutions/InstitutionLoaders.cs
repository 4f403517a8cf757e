using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema.Loading;
using Aula.Graph.Schema.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Institutions;

[NodeType("Institution")]
public sealed class InstitutionByIdLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewerContext, AulaClock clock)
    : NodeLoader<Institution>(factory, viewerContext)
{
    protected override IQueryable<Institution> Find(AulaDbContext db, Viewer viewer, IReadOnlyCollection<long> keys) =>
        db.VisibleInstitutions(viewer, clock.Today)
            .Include(i => i.Municipality)
            .Where(i => keys.Contains(i.Id));

    protected override long KeyOf(Institution node) => node.Id;
}

/// Institutions reached from an object the viewer may already see.
public sealed class InstitutionRefLoader(IDbContextFactory<AulaDbContext> factory) : BatchLoader<int, Institution?>
{
    protected override async Task<IReadOnlyDictionary<int, Institution?>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Institutions.Include(i => i.Municipality)
            .Where(i => keys.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => (Institution?)i, cancellationToken);
    }
}
