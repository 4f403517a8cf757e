using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Aula.Graph.Tests.Contacts;

/// Contact details are batch loaded: the statements of a request do not grow with the number of people. The
/// access log is written in one SaveChanges after the execution, which EF's SQLite provider sends as one INSERT
/// per row (in process, no round trip; PostgreSQL gets one batch, see <see cref="ContactPostgresTests"/>), so on
/// SQLite the reads are counted: every statement but those inserts.
public sealed class ContactStatementTests(ITestOutputHelper output) : IDisposable
{
    public const string Members = """
        query($id: ID!) { node(id: $id) { ... on Group { members { person { displayName contact { phone email address } } } } } }
        """;

    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    private async Task<(int Reads, int WithContact)> ReadsAsync(GraphQLClient client, string query, object variables)
    {
        var logged = factory.AccessLog().Count;
        factory.Statements.Reset();
        var data = (await client.PostAsync(query, variables)).Ok();
        var inserts = factory.AccessLog().Count - logged;
        var reads = factory.Statements.Count; // the counter keeps the log's inserts apart
        var withContact = data.ToJsonString().Split("\"contact\":{").Length - 1;
        output.WriteLine($"{withContact} contacts, {inserts} log rows -> {reads} reading statements");
        Assert.True(inserts > 0, "staff reads are logged");
        return (reads, withContact);
    }

    [Fact]
    public async Task AGroupsMembersWithContactCostTheSameWhenTheGroupGrows()
    {
        var lars = factory.GraphQL("lars.nielsen");
        await lars.PostAsync("{ me { __typename } }"); // warm up: the first request compiles queries
        var small = await ReadsAsync(lars, Members, new { id = factory.Group("3A") });

        factory.AddPupils("3A", 25);
        var large = await ReadsAsync(lars, Members, new { id = factory.Group("3A") });

        Assert.Equal(small.WithContact + 25, large.WithContact);
        Assert.Equal(small.Reads, large.Reads);
        Assert.InRange(large.Reads, 1, 6);
    }

    [Fact]
    public async Task ChildrenAndGuardiansWithContactCostTheSameForOneAndTwentyChildren()
    {
        const string Query = "query($first: Int) { children(first: $first) { nodes { contact { phone } guardians { contact { phone } } } } }";
        var lars = factory.GraphQL("lars.nielsen");
        await lars.PostAsync("{ me { __typename } }");

        var one = await ReadsAsync(lars, Query, new { first = 1 });
        var twenty = await ReadsAsync(lars, Query, new { first = 20 });

        Assert.True(twenty.WithContact > 20);
        Assert.Equal(one.Reads, twenty.Reads);
    }
}

internal static class ContactData
{
    /// New pupils in a class at Solby Skole, each with an address.
    public static int AddPupils(this AulaFactory factory, string className, int count) => factory.Query(db =>
    {
        var group = db.Groups.Single(g => g.Name == className);
        var school = db.Institutions.Single(i => i.Name == "Solby Skole");
        for (var i = 0; i < count; i++)
        {
            var child = new Person { FirstName = $"Ny{i}", LastName = "Elev", Address = $"Skolevej {i}, 9999 Solby" };
            db.Add(child);
            db.Add(new GroupMembership { GroupId = group.Id, Person = child, Role = GroupRole.Child });
            db.Add(new Enrollment { Child = child, InstitutionId = school.Id, StartDate = new DateOnly(2020, 8, 10) });
        }
        return db.SaveChanges();
    });
}
