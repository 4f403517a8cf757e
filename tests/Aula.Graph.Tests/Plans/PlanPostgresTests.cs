using Aula.Graph.Tests.Infrastructure;
using static Aula.Graph.Tests.Plans.PlanRequests;

namespace Aula.Graph.Tests.Plans;

/// On PostgreSQL concurrent first saves really race on the unique index (SQLite serialises writers), so the
/// retry-as-update path runs here.
[Collection(PostgresDefinition.Name)]
public sealed class PlanPostgresTests(PostgresServer postgres)
{
    [Fact]
    public async Task ConcurrentSavesOfANewWeekLeaveOnePlanOnPostgres()
    {
        using var factory = new AulaFactory(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Aula"] = await postgres.CreateDatabaseAsync(),
        });
        var week = Unplanned;
        var clients = Enumerable.Range(0, 8).Select(_ => factory.GraphQL("lars.nielsen")).ToList();

        var payloads = await Task.WhenAll(clients.Select((client, i) =>
            SaveAsync(client, Input(factory.Group("3A"), week, [Entry("MONDAY", null, $"save {i}")]))));

        Assert.All(payloads, p => Assert.Empty(p["errors"]!.AsArray()));
        var plan = Assert.Single(await ReadAsync(clients[0], factory.Group("3A"), week))!;
        Assert.Single(plan["entries"]!.AsArray());
    }
}
