using System.Globalization;
using Aula.Graph.Basics;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Aula.Graph.Tests.Plans;

/// Next week's plan reaches parents when its publish time passes, not when it is saved.
public sealed class PlanPublishTimeTests
{
    private const string NextWeek = """
        query($id: ID!, $week: IsoWeek!) { node(id: $id) { ... on Group { weeklyPlan(week: $week) { publishAt isPublished } } } }
        """;

    [Fact]
    public async Task GuardianSeesNextWeeksPlanOnceItsPublishTimePasses()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        // Tokens are made before the clock moves and must outlive the jump (their lifetime is checked against
        // the real clock, the plans against the fake one).
        using var factory = new AulaFactory(clock, settings: new Dictionary<string, string?> { ["Auth:DevelopmentTokenLifetime"] = "7.00:00:00" });
        var (mette, lars) = (factory.GraphQL("mette.hansen"), factory.GraphQL("lars.nielsen"));
        var variables = new { id = factory.Group("3A"), week = new AulaClock(clock).CurrentWeek.Next.ToString() };

        var staffView = (await lars.PostAsync(NextWeek, variables)).Ok()["node"]!["weeklyPlan"]!;
        var publishAt = DateTimeOffset.Parse(staffView["publishAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        Assert.False(staffView["isPublished"]!.GetValue<bool>());
        Assert.Null((await mette.PostAsync(NextWeek, variables)).Ok()["node"]!["weeklyPlan"]);

        clock.Advance(publishAt - clock.GetUtcNow() - TimeSpan.FromSeconds(1));
        Assert.Null((await mette.PostAsync(NextWeek, variables)).Ok()["node"]!["weeklyPlan"]);

        clock.Advance(TimeSpan.FromSeconds(1));
        var parentView = (await mette.PostAsync(NextWeek, variables)).Ok()["node"]!["weeklyPlan"];
        Assert.NotNull(parentView);
        Assert.True(parentView!["isPublished"]!.GetValue<bool>());
    }
}
