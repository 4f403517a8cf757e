using Aula.Graph.Basics;
using Aula.Graph.Tests.Infrastructure;
using static Aula.Graph.Tests.Plans.PlanRequests;

namespace Aula.Graph.Tests.Plans;

/// A plan within the limits is saved whole; a plan outside them is refused whole, with a path to each fault.
public sealed class PlanValidationTests : IDisposable
{
    private readonly AulaFactory factory = new();
    private readonly IsoWeek week = Unplanned;

    public void Dispose() => factory.Dispose();

    private async Task<List<string?>> RefusedFieldsAsync(object variables)
    {
        var payload = await SaveAsync(factory.GraphQL("lars.nielsen"), variables);
        Assert.Null(payload["weeklyPlan"]);
        Assert.All(payload["errors"]!.AsArray(), e => Assert.Equal("VALIDATION", e!["code"]!.GetValue<string>()));
        Assert.Empty(await ReadAsync(factory.GraphQL("lars.nielsen"), factory.Group("3A"), week));
        return Fields(payload);
    }

    [Fact]
    public async Task TooLongOrBlankEntriesAreRefusedWithTheirPaths() =>
        Assert.Equal(
            ["input.entries.0.text", "input.entries.1.subject", "input.entries.2.text"],
            await RefusedFieldsAsync(Input(factory.Group("3A"), week,
                [Entry("MONDAY", null, new string('x', 4001)), Entry("MONDAY", new string('s', 101), "ok"), Entry("TUESDAY", "Dansk", "  ")])));

    [Fact]
    public async Task MoreThanFiftyEntriesAreRefusedAsOneError() =>
        Assert.Equal(
            ["input.entries"],
            await RefusedFieldsAsync(Input(factory.Group("3A"), week, Enumerable.Range(0, 51).Select(i => Entry("MONDAY", null, $"{i}")))));

    [Fact]
    public async Task PublishTimeAtTheEndOfTheWeekIsRefused() =>
        Assert.Equal(
            ["input.publishAt"],
            await RefusedFieldsAsync(Input(factory.Group("3A"), week, [Entry("MONDAY", null, "Hej.")],
                AulaClock.LocalToInstant(week.Monday.AddDays(7), TimeOnly.MinValue))));

    [Fact]
    public async Task PlanAtEveryLimitIsSaved()
    {
        // Fifty full-length entries would not fit the transport's body limit; one full entry and 49 short ones do.
        var entries = Enumerable.Range(0, 50).Select(i => i == 0
            ? Entry("SUNDAY", new string('s', 100), new string('t', 4000))
            : Entry("SUNDAY", "Dansk", $"{i}"));
        var lastMinute = AulaClock.LocalToInstant(week.Monday.AddDays(7), TimeOnly.MinValue).AddMinutes(-1);

        var payload = await SaveAsync(factory.GraphQL("lars.nielsen"), Input(factory.Group("3A"), week, entries, lastMinute));

        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal(50, payload["weeklyPlan"]!["entries"]!.AsArray().Count);
    }

    [Fact]
    public async Task ConcurrentSavesOfANewWeekLeaveOnePlanWithOneSavesEntries()
    {
        var saves = Enumerable.Range(0, 6).Select(i => SaveAsync(factory.GraphQL("lars.nielsen"),
            Input(factory.Group("3A"), week, [Entry("MONDAY", null, $"save {i}"), Entry("TUESDAY", null, $"save {i}")])));

        var payloads = await Task.WhenAll(saves);

        Assert.All(payloads, p => Assert.Empty(p["errors"]!.AsArray()));
        Assert.Single(payloads.Select(p => p["weeklyPlan"]!["id"]!.GetValue<string>()).Distinct());
        var plan = Assert.Single(await ReadAsync(factory.GraphQL("lars.nielsen"), factory.Group("3A"), week))!;
        var texts = plan["entries"]!.AsArray().Select(e => e!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(2, texts.Count);
        Assert.Single(texts.Distinct());
    }
}
