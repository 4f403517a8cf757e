using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.CheckIn;

/// The check-in module's queries on PostgreSQL: a staff member checks a child in, the guardian reads the day and
/// its history, the staff's overview counts it.
[Collection(PostgresDefinition.Name)]
public sealed class PresencePostgresTests(PostgresServer postgres)
{
    [Fact]
    public async Task PresenceReadTheDayAndTheOverviewOnPostgres()
    {
        using var factory = new AulaFactory(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Aula"] = await postgres.CreateDatabaseAsync(),
        });
        var oliver = factory.Child("Oliver", "Hansen");

        Assert.Empty((await factory.GraphQL("anne.pedersen").CallAsync("checkIn", "CheckInInput", new { childId = oliver })).Codes());
        Assert.Empty((await factory.GraphQL("mette.hansen").CallAsync("setDayNote", "SetDayNoteInput", new { childId = oliver, note = "Sov dårligt" })).Codes());

        var day = (await factory.GraphQL("mette.hansen").PostAsync(
            "query($id: ID!) { node(id: $id) { ... on Child { day { status note plannedPickup history { kind } } } } }", new { id = oliver })).Ok()["node"]!["day"]!;
        Assert.Equal("PRESENT", day["status"]!.GetValue<string>());
        Assert.Equal(["CHECK_IN", "NOTE"], day["history"]!.AsArray().Select(h => h!["kind"]!.GetValue<string>()));
        var counts = (await factory.GraphQL("anne.pedersen").PostAsync(
            "query($g: ID) { dailyOverview(groupId: $g) { counts { status count } } }", new { g = factory.Group("Mariehønen") }))
            .Ok()["dailyOverview"]!["counts"]!.AsArray();
        Assert.Equal(1, counts.Single(c => c!["status"]!.GetValue<string>() == "PRESENT")!["count"]!.GetValue<int>());
    }
}
