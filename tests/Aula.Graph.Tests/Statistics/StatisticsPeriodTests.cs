using Aula.Graph.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;
using static Aula.Graph.Tests.Statistics.StatisticsData;

namespace Aula.Graph.Tests.Statistics;

/// Periods are whole weeks and months of Danish local time, at most 24 of them, for a constant number of statements.
public sealed class StatisticsPeriodTests(ITestOutputHelper output) : IDisposable
{
    private const string School = "Solby Skole";
    private readonly AulaFactory factory = new(new FakeTimeProvider(new DateTimeOffset(2026, 6, 17, 10, 0, 0, TimeSpan.Zero)));

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task MonthsTurnAtDanishMidnight()
    {
        // Summer time: 23:30 on 31 March is 21:30 UTC, and 00:30 on 1 April is still 31 March in UTC.
        var lars = factory.PersonId("lars.nielsen");
        factory.Send([.. Enumerable.Range(0, 5).Select(n => (lars, Local(2026, 3, 31, 23, 30 + n)))]);
        factory.Send([.. Enumerable.Range(0, 6).Select(n => (lars, Local(2026, 4, 1, 0, 30 + n)))]);
        Assert.Equal(3, Local(2026, 4, 1, 0, 30).UtcDateTime.Month);

        var statistics = await factory.GraphQL("ida.lund").StatisticsAsync("2026-03-15", "2026-04-15");

        Assert.Equal("2026-03-01", statistics["from"]!.GetValue<string>());
        Assert.Equal("2026-05-01", statistics["to"]!.GetValue<string>());
        Assert.Equal(5, statistics.Cell(School, "2026-03-01").Count("messages"));
        Assert.Equal(6, statistics.Cell(School, "2026-04-01").Count("messages"));
        Assert.Equal("2026-05-01", statistics.Cell(School, "2026-04-01")["end"]!.GetValue<string>());
    }

    [Fact]
    public async Task WeeksTurnAtDanishMidnightBetweenSundayAndMonday()
    {
        // Winter time: Sunday 23:30 is 22:30 UTC, Monday 00:30 is 23:30 UTC on Sunday.
        var lars = factory.PersonId("lars.nielsen");
        factory.Send([.. Enumerable.Range(0, 7).Select(n => (lars, Local(2026, 1, 11, 23, 30 + n)))]);
        factory.Send([.. Enumerable.Range(0, 5).Select(n => (lars, Local(2026, 1, 12, 0, 0 + n)))]);

        var statistics = await factory.GraphQL("ida.lund").StatisticsAsync("2026-01-07", "2026-01-13", "WEEK");

        Assert.Equal("2026-01-05", statistics["from"]!.GetValue<string>());
        Assert.Equal("2026-01-19", statistics["to"]!.GetValue<string>());
        Assert.Equal(7, statistics.Cell(School, "2026-01-05").Count("messages"));
        Assert.Equal(5, statistics.Cell(School, "2026-01-12").Count("messages"));
    }

    [Theory]
    [InlineData("2024-07-01", "2026-07-01", "MONTH", null)]
    [InlineData("2024-07-01", "2026-07-02", "MONTH", "VALIDATION")]
    [InlineData("2026-01-05", "2026-06-22", "WEEK", null)]
    [InlineData("2026-01-05", "2026-06-23", "WEEK", "VALIDATION")]
    [InlineData("2026-05-01", "2026-05-01", "MONTH", "VALIDATION")]
    [InlineData("2026-05-01", "2026-04-01", "MONTH", "VALIDATION")]
    [InlineData("1999-12-01", "2000-01-01", "MONTH", "VALIDATION")]
    public async Task AtMostTwentyFourPeriods(string from, string to, string period, string? code)
    {
        var response = await factory.GraphQL("ida.lund").PostAsync(Query, new { from, to, period });

        Assert.Equal(code is null ? [] : [code], response.Codes);
        if (code is null)
        {
            Assert.Equal(24, response.Data!["usageStatistics"]!["institutions"]![0]!["periods"]!.AsArray().Count);
        }
    }

    [Fact]
    public async Task StatementsStayTheSameFromOneToTwentyFourPeriods()
    {
        var ida = factory.GraphQL("ida.lund");
        async Task<int> StatementsAsync(string from, string to, string period)
        {
            await ida.StatisticsAsync(from, to, period); // the first request of a shape compiles its queries
            factory.Statements.Reset();
            var statistics = await ida.StatisticsAsync(from, to, period);
            output.WriteLine($"{from}..{to} {period}: {factory.Statements.Count} statements");
            Assert.NotNull(statistics.Cell(School, from));
            return factory.Statements.Count;
        }

        var one = await StatementsAsync("2026-06-01", "2026-06-02", "MONTH");
        var months = await StatementsAsync("2024-07-01", "2026-07-01", "MONTH");
        var weeks = await StatementsAsync("2026-01-05", "2026-06-22", "WEEK");

        Assert.Equal(one, months);
        Assert.Equal(one, weeks);
        Assert.InRange(one, 1, 6);
    }
}
