using System.Text.Json.Nodes;
using Aula.Graph.Basics;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Plans;

/// Who sees which weekly plans, and when: parents from the publish time, the group's staff at once.
public sealed class PlanVisibilityTests : IDisposable
{
    private const string PlansOf = """
        query($groupId: ID!) { weeklyPlans(groupId: $groupId) { id week isPublished entries { day subject text } } }
        """;

    private const string PlanOfWeek = """
        query($id: ID!, $week: IsoWeek) { node(id: $id) { ... on Group { weeklyPlan(week: $week) { id week } } } }
        """;

    private readonly AulaFactory factory = new();
    private readonly IsoWeek thisWeek = new AulaClock(TimeProvider.System).CurrentWeek;

    public void Dispose() => factory.Dispose();

    private async Task<JsonArray> PlansAsync(string login, string group) =>
        (await factory.GraphQL(login).PostAsync(PlansOf, new { groupId = factory.Group(group) })).Ok()["weeklyPlans"]!.AsArray();

    private static List<string> Weeks(JsonArray plans) => [.. plans.Select(p => p!["week"]!.GetValue<string>())];

    [Fact]
    public async Task GuardianSeesThisWeeksPublishedPlanButNotNextWeeksUnpublishedOne()
    {
        var plans = await PlansAsync("mette.hansen", "3A");

        Assert.Equal([thisWeek.ToString()], Weeks(plans));
        Assert.True(plans[0]!["isPublished"]!.GetValue<bool>());
        Assert.NotEmpty(plans[0]!["entries"]!.AsArray());
        var next = await factory.GraphQL("mette.hansen").PostAsync(PlanOfWeek, new { id = factory.Group("3A"), week = thisWeek.Next.ToString() });
        Assert.Null(next.Ok()["node"]!["weeklyPlan"]);
    }

    [Fact]
    public async Task TeacherOfTheGroupSeesThisWeeksAndNextWeeksPlans()
    {
        var plans = await PlansAsync("lars.nielsen", "3A");

        Assert.Equal([thisWeek.ToString(), thisWeek.Next.ToString()], Weeks(plans));
        Assert.Equal([true, false], plans.Select(p => p!["isPublished"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task GuardianCannotFetchNextWeeksPlanByIdBeforeItIsPublished()
    {
        var nextId = (await PlansAsync("lars.nielsen", "3A"))[1]!["id"]!.GetValue<string>();
        const string Node = "query($id: ID!) { node(id: $id) { id } }";

        Assert.NotNull((await factory.GraphQL("lars.nielsen").PostAsync(Node, new { id = nextId })).Ok()["node"]);
        Assert.Null((await factory.GraphQL("mette.hansen").PostAsync(Node, new { id = nextId })).Ok()["node"]);
    }

    [Fact]
    public async Task GuardianOfAnotherChildCannotSeeTheDaycaresPlans()
    {
        var plan = (await PlansAsync("mette.hansen", "Mariehønen")).Single()!;
        const string Node = "query($id: ID!) { node(id: $id) { ... on WeeklyPlan { week group { name } } } }";

        var mette = (await factory.GraphQL("mette.hansen").PostAsync(Node, new { id = plan["id"]!.GetValue<string>() })).Ok();
        var peter = (await factory.GraphQL("peter.jensen").PostAsync(Node, new { id = plan["id"]!.GetValue<string>() })).Ok();

        Assert.Equal("Mariehønen", mette["node"]!["group"]!["name"]!.GetValue<string>());
        Assert.Null(peter["node"]);
        Assert.Empty(await PlansAsync("peter.jensen", "Mariehønen"));
        Assert.Empty(await PlansAsync("lars.nielsen", "Mariehønen"));
    }

    [Fact]
    public async Task GroupsPlanDefaultsToThisWeekAndListsEntriesMondayFirst()
    {
        var data = (await factory.GraphQL("mette.hansen").PostAsync(
            "query($id: ID!) { node(id: $id) { ... on Group { weeklyPlan { week entries { day } } } } }",
            new { id = factory.Group("3A") })).Ok();

        var plan = data["node"]!["weeklyPlan"]!;
        Assert.Equal(thisWeek.ToString(), plan["week"]!.GetValue<string>());
        string[] order = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];
        var days = plan["entries"]!.AsArray().Select(e => Array.IndexOf(order, e!["day"]!.GetValue<string>())).ToList();
        Assert.Equal(days.Order(), days);
        Assert.Equal(0, days[0]);
    }

    [Fact]
    public async Task EveryGroupsPlanWithEntriesAndAuthorCostsAConstantNumberOfStatements()
    {
        var client = factory.GraphQL("lars.nielsen");
        factory.Statements.Reset();

        var data = (await client.PostAsync(
            "{ groups(first: 50) { nodes { weeklyPlan { author { displayName } entries { text } } } } }")).Ok();

        Assert.True(data["groups"]!["nodes"]!.AsArray().Count(g => g!["weeklyPlan"] is not null) >= 5);
        Assert.InRange(factory.Statements.Count, 1, 8);
    }
}
