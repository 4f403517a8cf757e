using System.Text.Json.Nodes;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Aula.Graph.Tests.CheckIn;

public sealed class DailyOverviewTests(ITestOutputHelper output) : IDisposable
{
    private const string Overview = """
        query($i: ID, $g: ID) { dailyOverview(institutionId: $i, groupId: $g) {
          institution { name } group { name } counts { status count }
          days { status plannedPickup child { displayName } pickup { guardian { displayName } } history { by { name } } } } }
        """;
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    private async Task<JsonNode> OverviewAsync(string login, object variables) =>
        (await factory.GraphQL(login).PostAsync(Overview, variables)).Ok()["dailyOverview"]!;

    [Fact]
    public async Task StaffSeeEveryChildsDayCountedByStatusAndOrderedByPlannedPickup()
    {
        var (oliver, mette) = (factory.Key("Oliver", "Hansen"), factory.Key("Mette", "Hansen"));
        await factory.ChangeDayAsync(oliver, "anne.pedersen", CheckInChange.Status, d => d with { Status = DayStatus.Sick });
        await factory.ChangeDayAsync(oliver, "mette.hansen", CheckInChange.Pickup, d => d with { PlannedPickup = new TimeOnly(6, 0), Pickup = PickupKind.Guardian, PickupGuardianId = mette });

        var overview = await OverviewAsync("anne.pedersen", new { i = factory.Institution("Børnehuset Mælkebøtten") });

        var days = overview["days"]!.AsArray();
        var counts = overview["counts"]!.AsArray().ToDictionary(c => c!["status"]!.GetValue<string>(), c => c!["count"]!.GetValue<int>());
        Assert.Equal(8, counts.Count);
        Assert.Equal(days.Count, counts.Values.Sum());
        Assert.Equal(1, counts["SICK"]);
        Assert.Equal(days.Count - 1, counts["NOT_ARRIVED"]);
        Assert.Equal("Oliver Hansen", days[0]!["child"]!["displayName"]!.GetValue<string>()); // the earliest pickup first
        Assert.Equal("Mette Hansen", days[0]!["pickup"]!["guardian"]!["displayName"]!.GetValue<string>());
        Assert.True(days.Count > 10);
    }

    [Fact]
    public async Task AGroupsOverviewHoldsOnlyItsChildren()
    {
        var whole = await OverviewAsync("anne.pedersen", new { i = factory.Institution("Børnehuset Mælkebøtten") });
        var group = await OverviewAsync("anne.pedersen", new { g = factory.Group("Mariehønen") });

        var names = group["days"]!.AsArray().Select(d => d!["child"]!["displayName"]!.GetValue<string>()).ToList();
        var members = factory.Query(db => db.GroupMemberships.Count(m => m.Group.Name == "Mariehønen" && m.Role == GroupRole.Child));
        Assert.Equal(members, names.Count);
        Assert.Contains("Oliver Hansen", names);
        Assert.True(names.Count < whole["days"]!.AsArray().Count);
        Assert.Equal("Mariehønen", group["group"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("lars.nielsen")] // staff, but not there
    [InlineData("mette.hansen")] // a guardian with a child there
    [InlineData("ida.lund")]
    public async Task AnyoneButItsStaffGetsNotFoundAsForAnUnknownId(string login)
    {
        var client = factory.GraphQL(login);
        var refused = await client.PostAsync(Overview, new { i = factory.Institution("Børnehuset Mælkebøtten") });
        var unknown = await client.PostAsync(Overview, new { i = Basics.GlobalId.Encode("Institution", 999_999) });

        Assert.Equal(["NOT_FOUND"], refused.Codes);
        Assert.Equal(unknown.Body.ToJsonString(), refused.Body.ToJsonString());
    }

    [Fact]
    public async Task AnOverviewCostsTheSameStatementsForASmallAndALargeGroup()
    {
        var client = factory.GraphQL("anne.pedersen");
        foreach (var child in new[] { factory.Key("Oliver", "Hansen"), factory.Key("Ella", "Madsen") })
        {
            await factory.ChangeDayAsync(child, "anne.pedersen", CheckInChange.CheckIn, d => d with { Status = DayStatus.Present });
        }
        // Warm up (the first request compiles queries), and let the changes' live pushes, which read too, go out.
        foreach (var name in new[] { "Mariehønen", "Sommerfuglene" })
        {
            (await client.PostAsync(Overview, new { g = factory.Group(name) })).Ok();
        }

        factory.Statements.Reset();
        var group = (await client.PostAsync(Overview, new { g = factory.Group("Mariehønen") })).Ok()["dailyOverview"]!["days"]!.AsArray().Count;
        var forGroup = factory.Statements.Count;
        factory.Statements.Reset();
        var whole = (await client.PostAsync(Overview, new { g = factory.Group("Sommerfuglene") })).Ok()["dailyOverview"]!["days"]!.AsArray().Count;
        var forWhole = factory.Statements.Count;

        output.WriteLine($"{group} days: {forGroup} statements; {whole} days: {forWhole} statements");
        Assert.NotEqual(group, whole);
        Assert.Equal(forGroup, forWhole);
        Assert.InRange(forWhole, 1, 15);
    }
}
