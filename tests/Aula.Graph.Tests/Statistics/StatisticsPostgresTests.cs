using Aula.Graph.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static Aula.Graph.Tests.Statistics.StatisticsData;

namespace Aula.Graph.Tests.Statistics;

/// PostgreSQL keeps instants as timestamptz and dates as date, SQLite as numbers and text: the same grouping
/// statements must count the same on both.
[Collection(PostgresDefinition.Name)]
public sealed class StatisticsPostgresTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Now = new(2026, 6, 17, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PostgresCountsWhatSqliteCounts()
    {
        using var sqlite = new AulaFactory(new FakeTimeProvider(Now));
        using var pg = new AulaFactory(new FakeTimeProvider(Now), settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Aula"] = await postgres.CreateDatabaseAsync(),
        });
        var answers = new List<string>();
        foreach (var factory in new[] { sqlite, pg })
        {
            var lars = factory.PersonId("lars.nielsen");
            factory.Send([.. Enumerable.Range(0, 6).Select(n => (lars, Local(2026, 4, 30, 23, 50 + n)))]);
            var statistics = await factory.GraphQL("ida.lund").StatisticsAsync("2026-04-01", "2026-06-17", "WEEK");
            answers.Add(statistics.ToJsonString());
        }

        Assert.Contains("\"messages\":6", answers[0], StringComparison.Ordinal);
        Assert.Equal(answers[0], answers[1]);
    }
}
