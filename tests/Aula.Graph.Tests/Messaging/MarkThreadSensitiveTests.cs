using System.Text.Json.Nodes;
using Aula.Graph.Basics;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Messaging;

public sealed class MarkThreadSensitiveTests : IDisposable
{
    private const string Everyday = "Sofie er syg i dag";
    private const string Mark = """
        mutation($id: ID!) { markThreadSensitive(input: { threadId: $id }) { thread { id sensitive subject } errors { code message field } } }
        """;
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    private bool IsSensitive(string subject) => factory.Query(db => db.Threads.Single(t => t.Subject == subject).IsSensitive);

    private static async Task<JsonNode> MarkAsync(GraphQLClient client, string id) =>
        (await client.PostAsync(Mark, new { id })).Ok()["markThreadSensitive"]!;

    [Fact]
    public async Task ParticipantWithSecondFactorMarksAThreadSensitiveForEveryone()
    {
        var payload = await MarkAsync(factory.GraphQL("lars.nielsen", mfa: true), factory.Thread(Everyday));

        Assert.Empty(payload["errors"]!.AsArray());
        Assert.True(payload["thread"]!["sensitive"]!.GetValue<bool>());
        Assert.Equal(Everyday, payload["thread"]!["subject"]!.GetValue<string>());
        Assert.True(IsSensitive(Everyday));
        var mette = await factory.GraphQL("mette.hansen").PostAsync(
            "query($id: ID!) { node(id: $id) { ... on ChatThread { sensitive subject messages(last: 5) { nodes { body } } } } }",
            new { id = factory.Thread(Everyday) });
        Assert.True(mette.Data!["node"]!["sensitive"]!.GetValue<bool>());
        Assert.Null(mette.Data!["node"]!["subject"]);
        Assert.Null(mette.Data!["node"]!["messages"]);
        Assert.Equal(["STEP_UP_REQUIRED", "STEP_UP_REQUIRED"], mette.Codes);
    }

    [Fact]
    public async Task MarkingWithoutSecondFactorIsRefusedAndChangesNothing()
    {
        var payload = await MarkAsync(factory.GraphQL("lars.nielsen"), factory.Thread(Everyday));

        Assert.Null(payload["thread"]);
        Assert.Equal("STEP_UP_REQUIRED", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.False(IsSensitive(Everyday));
    }

    [Fact]
    public async Task AThreadNotYoursAnswersLikeOneThatDoesNotExist()
    {
        var peter = factory.GraphQL("peter.jensen", mfa: true);

        var hidden = await MarkAsync(peter, factory.Thread(Everyday));
        var unknown = await MarkAsync(peter, GlobalId.Encode("ChatThread", 999_999));
        var malformed = await MarkAsync(peter, "not-an-id");
        var withoutStepUp = await MarkAsync(factory.GraphQL("peter.jensen"), factory.Thread(Everyday));

        Assert.Equal("NOT_FOUND", hidden["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["input", "threadId"], hidden["errors"]![0]!["field"].Values());
        Assert.All([unknown, malformed, withoutStepUp], p => Assert.Equal(hidden.ToJsonString(), p.ToJsonString()));
        Assert.False(IsSensitive(Everyday));
    }

    [Fact]
    public async Task MarkingIsOneWayAndMarkingAgainChangesNothing()
    {
        var lars = factory.GraphQL("lars.nielsen", mfa: true);
        await MarkAsync(lars, factory.Thread(Everyday));

        var again = await MarkAsync(lars, factory.Thread(Everyday));
        var input = (await lars.PostAsync("{ __type(name: \"MarkThreadSensitiveInput\") { inputFields { name } } }")).Ok();

        Assert.Empty(again["errors"]!.AsArray());
        Assert.True(IsSensitive(Everyday));
        // Nothing to say "not sensitive" with: the input names the thread and nothing else.
        Assert.Equal(["threadId"], input["__type"]!["inputFields"].Strings("name"));
    }

    [Fact]
    public async Task AParticipantWhoLeftCannotMark()
    {
        var mette = factory.GraphQL("mette.hansen", mfa: true);
        (await mette.PostAsync("mutation($id: ID!) { leaveThread(input: { threadId: $id }) { errors { code } } }", new { id = factory.Thread(Everyday) })).Ok();

        var payload = await MarkAsync(mette, factory.Thread(Everyday));

        Assert.Equal("NOT_FOUND", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.False(IsSensitive(Everyday));
    }
}
