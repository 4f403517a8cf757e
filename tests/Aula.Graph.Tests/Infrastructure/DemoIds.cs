using Aula.Graph.Basics;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Infrastructure;

/// Global IDs of demo rows, looked up by their natural names, for tests that address rows directly.
public static class DemoIds
{
    public static string Person(this AulaFactory factory, string login) =>
        GlobalId.Encode("Person", Query(factory, db => db.People.Single(p => p.Login == login).Id));

    public static string Child(this AulaFactory factory, string firstName, string lastName) =>
        GlobalId.Encode("Child", Query(factory, db => db.People.Single(p => p.FirstName == firstName && p.LastName == lastName).Id));

    public static string Group(this AulaFactory factory, string name) =>
        GlobalId.Encode("Group", Query(factory, db => db.Groups.Single(g => g.Name == name).Id));

    public static string Institution(this AulaFactory factory, string name) =>
        GlobalId.Encode("Institution", Query(factory, db => db.Institutions.Single(i => i.Name == name).Id));

    public static T Query<T>(this AulaFactory factory, Func<AulaDbContext, T> query)
    {
        using var db = factory.Services.GetRequiredService<IDbContextFactory<AulaDbContext>>().CreateDbContext();
        return query(db);
    }
}
