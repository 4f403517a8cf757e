using Aula.Graph.Basics;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Messaging;

public sealed class ThreadAccessTests : IDisposable
{
    private const string Envelope = """
        query($id: ID!) {
          node(id: $id) {
            ... on ChatThread {
              id sensitive subject createdAt lastActivityAt unreadCount muted participants { person { displayName } }
              lastMessage { body } messages(last: 10) { nodes { body } }
            }
          }
        }
        """;

    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task NonParticipantCannotReadThread()
    {
        var peter = factory.GraphQL("peter.jensen");
        var hidden = factory.Thread("Sofie er syg i dag");
        // Nonexistent, malformed, and the right key under another type's name.
        string[] unknown = [GlobalId.Encode("ChatThread", 999_999), "not-an-id", GlobalId.Encode("Person", factory.ThreadKey("Sofie er syg i dag"))];

        var node = (await peter.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = hidden })).Ok()["node"];
        var send = await SendAsync(peter, hidden);

        Assert.Null(node);
        Assert.Equal("NOT_FOUND", send!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["input", "threadId"], send["errors"]![0]!["field"].Values());
        foreach (var id in unknown[..2])
        {
            Assert.Null((await peter.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id })).Ok()["node"]);
        }
        foreach (var id in unknown)
        {
            Assert.Equal(send.ToJsonString(), (await SendAsync(peter, id))!.ToJsonString());
        }
        foreach (var mutation in new[] { "markThreadRead", "leaveThread" })
        {
            var query = $"mutation($id: ID!) {{ {mutation}(input: {{ threadId: $id }}) {{ errors {{ code message field }} }} }}";
            var forHidden = (await peter.PostAsync(query, new { id = hidden })).Ok()[mutation]!.ToJsonString();
            Assert.Contains("NOT_FOUND", forHidden, StringComparison.Ordinal);
            Assert.Equal(forHidden, (await peter.PostAsync(query, new { id = unknown[0] })).Ok()[mutation]!.ToJsonString());
            Assert.Equal(forHidden, (await peter.PostAsync(query, new { id = unknown[1] })).Ok()[mutation]!.ToJsonString());
        }
        Assert.Equal(3, factory.Sequences("Sofie er syg i dag").Count);
    }

    [Fact]
    public async Task SensitiveThreadWithoutSecondFactorShowsOnlyItsEnvelope()
    {
        var response = await factory.GraphQL("mette.hansen", mfa: false).PostAsync(Envelope, new { id = factory.Thread("Sofies allergi") });

        var thread = response.Data!["node"]!;
        Assert.Null(thread["subject"]);
        Assert.Null(thread["lastMessage"]);
        Assert.Null(thread["messages"]);
        Assert.True(thread["sensitive"]!.GetValue<bool>());
        Assert.Equal(1, thread["unreadCount"]!.GetValue<int>());
        Assert.Equal(2, thread["participants"]!.AsArray().Count);
        Assert.NotNull(thread["lastActivityAt"]);
        Assert.Equal(["STEP_UP_REQUIRED", "STEP_UP_REQUIRED", "STEP_UP_REQUIRED"], response.Codes);
        var paths = response.Errors.Select(e => e!["path"]!.AsArray().Last()!.GetValue<string>()).Order();
        Assert.Equal(["lastMessage", "messages", "subject"], paths);
        Assert.DoesNotContain("nødde", response.Body.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SensitiveThreadWithSecondFactorShowsSubjectAndBodies()
    {
        var thread = (await factory.GraphQL("mette.hansen", mfa: true).PostAsync(Envelope, new { id = factory.Thread("Sofies allergi") })).Ok()["node"]!;

        Assert.Equal("Sofies allergi", thread["subject"]!.GetValue<string>());
        Assert.Equal(4, thread["messages"]!["nodes"]!.AsArray().Count);
        Assert.Contains("nøddeallergi", thread["messages"]!["nodes"]![0]!["body"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(thread["lastMessage"]!["body"]);
    }

    [Fact]
    public async Task SensitiveThreadInAListFailsOnlyItsOwnFields()
    {
        var response = await factory.GraphQL("mette.hansen").PostAsync("{ threads(first: 50) { nodes { id subject } } }");

        var nodes = response.Data!["threads"]!["nodes"]!.AsArray();
        Assert.Equal(7, nodes.Count);
        Assert.Single(nodes, n => n!["subject"] is null);
        Assert.Equal(["STEP_UP_REQUIRED"], response.Codes);
    }

    [Fact]
    public async Task StepUpErrorNamesTheRequiredLevel()
    {
        var response = await factory.GraphQL("mette.hansen").PostAsync(
            "query($id: ID!) { node(id: $id) { ... on ChatThread { subject } } }", new { id = factory.Thread("Sofies allergi") });

        Assert.Equal("SECOND_FACTOR", response.Errors[0]!["extensions"]!["requiredLevel"]!.GetValue<string>());
    }

    [Fact]
    public async Task SensitiveMessageByIdNeedsSecondFactor()
    {
        var id = GlobalId.Encode("Message", factory.Query(db => db.Messages.First(m => m.ThreadId == factory.ThreadKey("Sofies allergi")).Id));
        const string Query = "query($id: ID!) { node(id: $id) { ... on Message { body } } }";

        var without = (await factory.GraphQL("mette.hansen").PostAsync(Query, new { id })).Ok()["node"];
        var with = (await factory.GraphQL("mette.hansen", mfa: true).PostAsync(Query, new { id })).Ok()["node"];

        Assert.Null(without);
        Assert.NotNull(with!["body"]);
    }

    private static async Task<System.Text.Json.Nodes.JsonNode?> SendAsync(GraphQLClient client, string threadId) =>
        (await client.PostAsync(MessagingData.SendMessage, MessagingData.SendInput(threadId, "Hej", "probe-1"))).Ok()["sendMessage"];
}
