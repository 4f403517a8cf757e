using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema.Loading;
using Aula.Graph.Schema.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Groups;

[NodeType("Group")]
public sealed class GroupByIdLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewerContext)
    : NodeLoader<Group>(factory, viewerContext)
{
    protected override IQueryable<Group> Find(AulaDbContext db, Viewer viewer, IReadOnlyCollection<long> keys) =>
        db.VisibleGroups(viewer)
            .Where(g => keys.Contains(g.Id));

    protected override long KeyOf(Group node) => node.Id;
}

public sealed class GroupInstitutionsLoader(IDbContextFactory<AulaDbContext> factory) : BatchListLoader<int, Institution>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Institution>>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.GroupInstitutions
            .Where(g => keys.Contains(g.GroupId))
            .OrderBy(g => g.InstitutionId)
            .Select(g => new { g.GroupId, g.Institution, g.Institution.Municipality })
            .ToListAsync(cancellationToken);
        return Group(rows, r => r.GroupId, r => { r.Institution.Municipality = r.Municipality; return r.Institution; });
    }
}

public sealed class GroupMembersLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewer, AulaClock clock)
    : BatchListLoader<int, GroupMembership>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<GroupMembership>>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var v = await viewer.GetAsync(cancellationToken);
        await using var db = factory.CreateDbContext();
        var rows = await db.VisibleMembers(v, clock.Today)
            .Where(m => keys.Contains(m.GroupId))
            .OrderBy(m => m.Role).ThenBy(m => m.Person.FirstName).ThenBy(m => m.PersonId)
            .ToListAsync(cancellationToken);
        return Group(rows, m => m.GroupId, m => m);
    }
}
