using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.People;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Paging;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Contacts;

/// `Me.sharedContacts`: where a guardian finds the other guardians who share their contact details with them.
internal sealed class SharedContactsField(IDbContextFactory<AulaDbContext> factory, AulaClock clock) : ITypeFields<MeType>
{
    private static readonly Keyset<Person, PersonCursor> ByName = new(
        p => new PersonCursor(p.FirstName, p.LastName, p.Id),
        q => q.OrderBy(p => p.FirstName).ThenBy(p => p.LastName).ThenBy(p => p.Id),
        q => q.OrderByDescending(p => p.FirstName).ThenByDescending(p => p.LastName).ThenByDescending(p => p.Id),
        k => p => string.Compare(p.FirstName, k.F) > 0
            || (p.FirstName == k.F && (string.Compare(p.LastName, k.L) > 0 || (p.LastName == k.L && p.Id > k.Id))),
        k => p => string.Compare(p.FirstName, k.F) < 0
            || (p.FirstName == k.F && (string.Compare(p.LastName, k.L) < 0 || (p.LastName == k.L && p.Id < k.Id))));

    public void AddTo(MeType type) =>
        type.Field<NonNullGraphType<ConnectionType<PersonType, Person>>>("sharedContacts")
            .Description("Other guardians who share their contact details with you: they answered yes to `contact-sharing` "
                + "for a child whose class, year or institution (as they chose) one of your children belongs to. By name; "
                + "read their details with `contact`.")
            .Paged()
            .ResolveAsync(async c =>
            {
                var viewer = c.Source;
                var today = clock.Today;
                return await ByName.PageAsync(
                    factory, db => db.People.Where(p => db.SharingGuardians(viewer, today).Contains(p.Id)), PageArgs.From(c), c.CancellationToken);
            });

    private sealed record PersonCursor(string F, string L, int Id);
}
