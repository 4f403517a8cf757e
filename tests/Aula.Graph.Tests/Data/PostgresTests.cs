using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Data;

/// The same app on PostgreSQL: migrations apply, the demo data seeds, and the graph answers as on SQLite.
[Collection(PostgresDefinition.Name)]
public sealed class PostgresTests(PostgresServer postgres)
{
    private async Task<AulaFactory> StartAsync() => new(settings: new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Aula"] = await postgres.CreateDatabaseAsync(),
    });

    [Fact]
    public async Task GuardianSeesOwnChildrenOnPostgres()
    {
        using var factory = await StartAsync();
        var data = (await factory.GraphQL("mette.hansen").PostAsync(
            "{ children { totalCount nodes { firstName groups { name } } } }")).Ok();

        Assert.Equal(2, data["children"]!["totalCount"]!.GetValue<int>());
        var names = data["children"]!["nodes"]!.AsArray().Select(n => n!["firstName"]!.GetValue<string>()).Order();
        Assert.Equal(["Oliver", "Sofie"], names);
    }

    [Fact]
    public async Task TeacherPagesThroughGroupsOnPostgres()
    {
        using var factory = await StartAsync();
        var client = factory.GraphQL("lars.nielsen");
        var first = (await client.PostAsync("{ groups(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { name } } }")).Ok();
        var cursor = first["groups"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = (await client.PostAsync(
            "query($after: String) { groups(first: 2, after: $after) { nodes { name } } }", new { after = cursor })).Ok();

        Assert.True(first["groups"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var page1 = first["groups"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();
        var page2 = second["groups"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();
        Assert.Empty(page1.Intersect(page2));
        Assert.Equal(2, page2.Count);
    }
}
