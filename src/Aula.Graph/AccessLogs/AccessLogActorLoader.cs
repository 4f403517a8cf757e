using Aula.Graph.Data;
using Aula.Graph.Schema.Loading;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.AccessLogs;

/// The readers of log entries the viewer may already see, with their roles, for N entries in one statement.
public sealed class AccessLogActorLoader(IDbContextFactory<AulaDbContext> factory) : BatchLoader<int, AccessLogActor?>
{
    protected override async Task<IReadOnlyDictionary<int, AccessLogActor?>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var people = await db.People.Where(p => keys.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.FirstName,
                p.LastName,
                Roles = p.Profiles.OrderBy(f => f.Id)
                    .Select(f => new ActorRole(f.Kind, f.Role, f.Institution != null ? f.Institution.Name : f.Municipality != null ? f.Municipality.Name : null))
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        return people.ToDictionary(p => p.Id, p => (AccessLogActor?)new AccessLogActor($"{p.FirstName} {p.LastName}", p.Roles));
    }
}
