using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema.Loading;
using Aula.Graph.Schema.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Children;

[NodeType("Child")]
public sealed class ChildByIdLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewerContext, AulaClock clock)
    : NodeLoader<Child>(factory, viewerContext)
{
    protected override IQueryable<Child> Find(AulaDbContext db, Viewer viewer, IReadOnlyCollection<long> keys) =>
        db.VisibleChildren(viewer, clock.Today)
            .Where(p => keys.Contains(p.Id))
            .Select(Child.FromPerson);

    protected override long KeyOf(Child node) => node.Id;
}

/// A child's groups, filtered to the groups the viewer may see.
public sealed class ChildGroupsLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewer) : BatchListLoader<int, Group>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Group>>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var v = await viewer.GetAsync(cancellationToken);
        await using var db = factory.CreateDbContext();
        var rows = await db.GroupMemberships
            .Where(m => keys.Contains(m.PersonId) && m.Role == GroupRole.Child)
            .Join(db.VisibleGroups(v), m => m.GroupId, g => g.Id, (m, g) => new { m.PersonId, Group = g })
            .OrderBy(r => r.Group.Name).ThenBy(r => r.Group.Id)
            .ToListAsync(cancellationToken);
        return Group(rows, r => r.PersonId, r => r.Group);
    }
}

/// Where a child is enrolled today, among the institutions the viewer may see (a widget: those that enabled it).
public sealed class ChildInstitutionsLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewer, AulaClock clock) : BatchListLoader<int, Institution>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Institution>>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var (v, today) = (await viewer.GetAsync(cancellationToken), clock.Today);
        await using var db = factory.CreateDbContext();
        var rows = await db.CurrentEnrollments(today)
            .Where(e => keys.Contains(e.ChildId) && db.VisibleInstitutions(v, today).Any(i => i.Id == e.InstitutionId))
            .OrderBy(e => e.InstitutionId)
            .Select(e => new { e.ChildId, e.Institution, e.Institution.Municipality })
            .ToListAsync(cancellationToken);
        return Group(rows, r => r.ChildId, r => { r.Institution.Municipality = r.Municipality; return r.Institution; });
    }
}

public sealed class ChildGuardiansLoader(IDbContextFactory<AulaDbContext> factory) : BatchListLoader<int, Person>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Person>>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Custodies
            .Where(c => keys.Contains(c.ChildId))
            .OrderBy(c => c.Guardian.FirstName).ThenBy(c => c.GuardianId)
            .Select(c => new { c.ChildId, c.Guardian })
            .ToListAsync(cancellationToken);
        return Group(rows, r => r.ChildId, r => r.Guardian);
    }
}
