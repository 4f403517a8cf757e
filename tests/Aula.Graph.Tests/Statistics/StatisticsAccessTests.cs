using System.Text.Json.Nodes;
using Aula.Graph.Basics;
using Aula.Graph.Tests.Infrastructure;
using static Aula.Graph.Tests.Statistics.StatisticsData;

namespace Aula.Graph.Tests.Statistics;

/// Only a municipality's administrators read statistics, and what they read names nobody.
public sealed class StatisticsAccessTests : IDisposable
{
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("mette.hansen")] // guardian
    [InlineData("sofie.hansen")] // pupil
    [InlineData("lars.nielsen")] // teacher
    [InlineData("karen.larsen")] // leader of the school
    [InlineData("jette.holm")] // administrative employee
    public async Task EverybodyButAnAdministratorIsRefused(string login)
    {
        var response = await factory.GraphQL(login, mfa: true).PostAsync(Query, new { from = "2026-01-01", to = "2026-07-01" });

        Assert.Equal(["FORBIDDEN"], response.Codes);
        Assert.Null(response.Data!["usageStatistics"]);
    }

    [Fact]
    public async Task AnonymousCallersAreRefused()
    {
        var response = await factory.GraphQL().PostAsync(Query, new { from = "2026-01-01", to = "2026-07-01" });

        Assert.Equal(["UNAUTHENTICATED"], response.Codes);
        Assert.Null(response.Data?["usageStatistics"]);
    }

    [Fact]
    public async Task TheAdministratorSeesEveryInstitutionOfTheMunicipalityAndNoPerson()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (from, to) = (today.AddMonths(-3), today.AddDays(1));

        var response = await factory.GraphQL("ida.lund").PostAsync(Query, new { from = Date(from), to = Date(to), period = "WEEK" });
        var statistics = response.Ok()["usageStatistics"]!;

        Assert.Equal(["Børnehuset Mælkebøtten", "PPR Solby", "Solby Skole", "Solby Skoles SFO"],
            statistics["institutions"]!.AsArray().Select(i => i!["institution"]!["name"]!.GetValue<string>()));
        // Busy enough to show numbers at all, so the absence of people below is not the absence of data.
        Assert.Contains(statistics["institutions"]!.AsArray().SelectMany(i => i!["periods"]!.AsArray()), p => p!["messages"] is not null);

        var json = response.Body.ToJsonString();
        var people = factory.Query(db => db.People.Select(p => new { p.Id, p.FirstName, p.LastName, p.Login, p.Email, p.Phone }).ToList());
        Assert.All(people, p =>
        {
            Assert.DoesNotContain($"{p.FirstName} {p.LastName}", json, StringComparison.Ordinal);
            Assert.DoesNotContain(GlobalId.Encode("Person", p.Id), json, StringComparison.Ordinal);
            Assert.DoesNotContain(GlobalId.Encode("Child", p.Id), json, StringComparison.Ordinal);
            foreach (var secret in new[] { p.Login, p.Email, p.Phone }.OfType<string>())
            {
                Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
            }
        });
        // Every ID in the answer is an institution's.
        Assert.All(Ids(response.Body), id => Assert.NotNull(GlobalId.Decode(id, "Institution")));
    }

    private static IEnumerable<string> Ids(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "id" ? [p.Value!.GetValue<string>()] : Ids(p.Value)),
        JsonArray a => a.SelectMany(Ids),
        _ => [],
    };
}
