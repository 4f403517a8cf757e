using Aula.Graph.Basics;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Access;

/// Holes a review found once; each stays closed.
public sealed class ReviewedHoleTests : IDisposable
{
    private const string Transition = "Overgangsgruppe: kommende skolebørn";
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task TeacherSeesNoDaycareChildrenThroughAGroupAcrossInstitutions()
    {
        var query = "query($id: ID!) { node(id: $id) { ... on Group { members { role person { firstName lastName } } } } }";
        var lars = (await factory.GraphQL("lars.nielsen").PostAsync(query, new { id = factory.Group(Transition) })).Ok();
        var anne = (await factory.GraphQL("anne.pedersen").PostAsync(query, new { id = factory.Group(Transition) })).Ok();

        static int Children(System.Text.Json.Nodes.JsonNode data) =>
            data["node"]!["members"]!.AsArray().Count(m => m!["role"]!.GetValue<string>() == "CHILD");
        Assert.Equal(0, Children(lars));
        Assert.True(Children(anne) > 0);
    }

    [Fact]
    public async Task AnEmployeeWhoIsNotStaffOfTheGroupCannotRewriteItsPlan()
    {
        var week = Aula.Graph.Basics.IsoWeek.Of(DateOnly.FromDateTime(DateTime.UtcNow)).ToString();
        var response = await factory.GraphQL("jette.holm").PostAsync(
            "mutation($input: SaveWeeklyPlanInput!) { saveWeeklyPlan(input: $input) { errors { code } } }",
            new { input = new { groupId = factory.Group("3A"), week, entries = new[] { new { day = "MONDAY", text = "Overskrevet" } } } });

        Assert.Equal("FORBIDDEN", response.Ok()["saveWeeklyPlan"]!["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task APlanAuthorReachedThroughThePlanCanAlsoBeFetchedById()
    {
        var client = factory.GraphQL("peter.jensen");
        var plans = (await client.PostAsync("query($id: ID!) { weeklyPlans(groupId: $id) { author { id } } }", new { id = factory.Group("3A") })).Ok();
        var author = plans["weeklyPlans"]![0]!["author"]!["id"]!.GetValue<string>();

        var node = (await client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = author })).Ok();
        Assert.Equal(author, node["node"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnIdIsOnlyEverSpelledOneWay()
    {
        var sofie = factory.Child("Sofie", "Hansen");
        GlobalId.TryDecode(sofie, out _, out var key);
        var padded = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes($"Child:0{key}"));

        var response = (await factory.GraphQL("mette.hansen").PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = padded })).Ok();
        Assert.Null(response["node"]);
    }

    [Fact]
    public async Task ACursorOfAnotherConnectionIsRefused()
    {
        var client = factory.GraphQL("lars.nielsen");
        var threads = (await client.PostAsync("{ threads(first: 1) { pageInfo { endCursor } } }")).Ok();
        var cursor = threads["threads"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var response = await client.PostAsync("query($after: String) { children(first: 1, after: $after) { totalCount } }", new { after = cursor });
        Assert.Contains("VALIDATION", response.Codes);
    }

    [Fact]
    public async Task FirstZeroStillSaysWhetherThereAreItems()
    {
        var data = (await factory.GraphQL("lars.nielsen").PostAsync("{ children(first: 0) { pageInfo { hasNextPage } nodes { id } } }")).Ok();

        Assert.Empty(data["children"]!["nodes"]!.AsArray());
        Assert.True(data["children"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AWeekFarOutsideSchoolLifeIsAValidationError()
    {
        var response = await factory.GraphQL("lars.nielsen").PostAsync(
            "query($id: ID!) { weeklyPlans(groupId: $id, from: \"9999-W52\") { id } }", new { id = factory.Group("3A") });

        Assert.Contains("VALIDATION", response.Codes);
        Assert.DoesNotContain("INTERNAL", response.Codes);
    }

    [Fact]
    public async Task AValidTokenForAnUnknownPersonCannotUseNode()
    {
        var response = await factory.GraphQL("nobody.here").PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = factory.Group("3A") });
        Assert.Contains("UNAUTHENTICATED", response.Codes);
    }

    [Fact]
    public async Task ReplayingStartThreadAfterLeavingItOrWithOtherRecipientsIsAConflict()
    {
        var mette = factory.GraphQL("mette.hansen");
        const string start = "mutation($input: StartThreadInput!) { startThread(input: $input) { thread { id } errors { code } } }";
        object Input(string recipient) => new { input = new { subject = "Hej", body = "hej", recipientIds = new[] { factory.Person(recipient) }, clientMessageId = "replay-1" } };
        var first = (await mette.PostAsync(start, Input("lars.nielsen"))).Ok()["startThread"]!;
        Assert.Empty(first["errors"]!.AsArray());

        var otherRecipient = (await mette.PostAsync(start, Input("anne.pedersen"))).Ok()["startThread"]!;
        Assert.Equal("CONFLICT", otherRecipient["errors"]![0]!["code"]!.GetValue<string>());

        await mette.PostAsync("mutation($id: ID!) { leaveThread(input: { threadId: $id }) { errors { code } } }", new { id = first["thread"]!["id"]!.GetValue<string>() });
        var afterLeaving = (await mette.PostAsync(start, Input("lars.nielsen"))).Ok()["startThread"]!;
        Assert.Equal("CONFLICT", afterLeaving["errors"]![0]!["code"]!.GetValue<string>());
    }
}
