using Aula.Graph.Access;
using Aula.Graph.AccessLogs;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema.Loading;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Contacts;

/// Contact details by person, only where <see cref="AccessFilters.ContactGrants"/> has a reason; one statement per
/// batch. A staff read through a child goes to the access log, unless the viewer reads their own details or is that
/// child's guardian; a read that found nothing stored is no read.
public sealed class ContactLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewer, AulaClock clock, AccessLog log)
    : BatchLoader<int, ContactDetails?>
{
    protected override async Task<IReadOnlyDictionary<int, ContactDetails?>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var v = await viewer.GetAsync(cancellationToken);
        await using var db = factory.CreateDbContext();
        var rows = await db.ContactGrants(v, clock.Today)
            .Where(g => keys.Contains(g.PersonId))
            .Join(db.People, g => g.PersonId, p => p.Id, (g, p) => new { p.Id, g.StaffChildId, p.Phone, p.Email, p.Address })
            .ToListAsync(cancellationToken);
        var found = new Dictionary<int, ContactDetails?>();
        foreach (var row in rows)
        {
            var details = found[row.Id] = new ContactDetails(row.Phone, row.Email, row.Address);
            if (row.StaffChildId is { } child && !details.IsEmpty && row.Id != v.PersonId && !v.GuardianOf.Contains(child))
            {
                log.Record(AccessKind.ContactDetails, childId: child, personId: row.Id);
            }
        }
        return found;
    }
}
