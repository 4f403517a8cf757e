using Aula.Graph.Access;
using Aula.Graph.Data;
using Aula.Graph.Schema.Loading;
using Aula.Graph.Schema.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.People;

/// `node(id:)` for people: only people the viewer has a reason to know.
[NodeType("Person")]
public sealed class PersonByIdLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewer, AulaClock clock)
    : NodeLoader<Person>
{
    protected override async Task<IReadOnlyDictionary<long, Person?>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        var v = await viewer.GetAsync(cancellationToken);
        await using var db = factory.CreateDbContext();
        return await db.VisiblePeople(v, clock.Today)
            .Where(p => keys.Contains(p.Id))
            .ToDictionaryAsync(p => (long)p.Id, p => (Person?)p, cancellationToken);
    }
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
