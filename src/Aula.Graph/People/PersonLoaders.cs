using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema.Loading;
using Aula.Graph.Schema.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.People;

/// `node(id:)` for people: only people the viewer has a reason to know.
[NodeType("Person")]
public sealed class PersonByIdLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewerContext, AulaClock clock)
    : NodeLoader<Person>(factory, viewerContext)
{
    protected override IQueryable<Person> Find(AulaDbContext db, Viewer viewer, IReadOnlyCollection<long> keys) =>
        db.VisiblePeople(viewer, clock.Today)
            .Where(p => keys.Contains(p.Id));

    protected override long KeyOf(Person node) => node.Id;
}

/// People reached through a relation of an object the viewer already may see (an author, a participant).
public sealed class PersonRefLoader(IDbContextFactory<AulaDbContext> factory) : BatchLoader<int, Person?>
{
    protected override async Task<IReadOnlyDictionary<int, Person?>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.People.Where(p => keys.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => (Person?)p, cancellationToken);
    }
}
