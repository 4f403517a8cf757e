using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using static Aula.Graph.Tests.Contacts.ContactRequests;

namespace Aula.Graph.Tests.Contacts;

/// The contact rule translates on PostgreSQL too, and there a staff read, log included, costs the same
/// number of statements however many people it shows.
[Collection(PostgresDefinition.Name)]
public sealed class ContactPostgresTests(PostgresServer postgres)
{
    private async Task<AulaFactory> FactoryAsync() => new(settings: new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Aula"] = await postgres.CreateDatabaseAsync(),
    });

    [Fact]
    public async Task SharingScopesAndDecliningWorkOnPostgres()
    {
        using var factory = await FactoryAsync();
        var mette = factory.Person("mette.hansen");
        var peter = factory.GraphQL("peter.jensen");
        var otherClass = factory.GraphQL(factory.GuardianOnlyIn("3B", "SFO Stjernen"));

        Assert.NotNull(await ContactAsync(peter, mette));
        Assert.Null(await ContactAsync(otherClass, mette));
        await ShareAsync(factory, "Sofie Hansen", "YEAR");
        Assert.NotNull(await ContactAsync(otherClass, mette));
        await ShareAsync(factory, "Sofie Hansen", "INSTITUTION");
        Assert.NotNull(await ContactAsync(factory.GraphQL(factory.GuardianOnlyIn("1A", "SFO Regnbuen")), mette));
        await ShareAsync(factory, "Sofie Hansen", scope: null);
        Assert.Null(await ContactAsync(peter, mette));
        Assert.Empty(factory.AccessLog());
    }

    [Fact]
    public async Task StaffReadOfAGrowingGroupCostsTheSameStatementsLogIncludedOnPostgres()
    {
        using var factory = await FactoryAsync();
        var lars = factory.GraphQL("lars.nielsen");
        var group = new { id = factory.Group("3A") };
        await lars.PostAsync(ContactStatementTests.Members, group);

        factory.Statements.Reset();
        (await lars.PostAsync(ContactStatementTests.Members, group)).Ok();
        var small = factory.Statements.Count;
        factory.AddPupils("3A", 25);
        var logged = factory.AccessLog().Count;
        factory.Statements.Reset();
        (await lars.PostAsync(ContactStatementTests.Members, group)).Ok();

        Assert.Equal(small, factory.Statements.Count);
        Assert.Equal(logged + 8 + 25, factory.AccessLog().Count);
        Assert.All(factory.AccessLog(), e => Assert.Equal(AccessKind.ContactDetails, e.Kind));
    }
}
