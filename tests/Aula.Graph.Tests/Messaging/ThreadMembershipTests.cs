using System.Text.Json.Nodes;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Messaging;

public sealed class ThreadMembershipTests : IDisposable
{
    private const string MarkRead = """
        mutation($id: ID!, $sequence: Int) {
          markThreadRead(input: { threadId: $id, sequence: $sequence }) {
            thread { unreadCount lastReadSequence } errors { code field }
          }
        }
        """;

    private const string Mute = """
        mutation($id: ID!, $muted: Boolean!) {
          muteThread(input: { threadId: $id, muted: $muted }) { thread { id muted } errors { code field } }
        }
        """;

    private const string Leave = "mutation($id: ID!) { leaveThread(input: { threadId: $id }) { threadId errors { code field } } }";

    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task MarkThreadReadDefaultsToTheNewestMessage()
    {
        var payload = await PostAsync("mette.hansen", MarkRead, "markThreadRead", new { id = factory.Thread("Forældremøde i 3.A") });

        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal(0, payload["thread"]!["unreadCount"]!.GetValue<int>());
        Assert.Equal(4, payload["thread"]!["lastReadSequence"]!.GetValue<int>());
        Assert.Equal(4, factory.Participant("Forældremøde i 3.A", "mette.hansen").LastReadSequence);
    }

    [Fact]
    public async Task MarkThreadReadNeverMovesBackwards()
    {
        var id = factory.Thread("Forældremøde i 3.A");

        var partly = await PostAsync("mette.hansen", MarkRead, "markThreadRead", new { id, sequence = 3 });
        var back = await PostAsync("mette.hansen", MarkRead, "markThreadRead", new { id, sequence = 1 });

        Assert.Equal(1, partly["thread"]!["unreadCount"]!.GetValue<int>());
        Assert.Empty(back["errors"]!.AsArray());
        Assert.Equal(3, back["thread"]!["lastReadSequence"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(5)]
    [InlineData(-1)]
    public async Task MarkThreadReadRefusesASequenceTheThreadDoesNotHave(int sequence)
    {
        var payload = await PostAsync("mette.hansen", MarkRead, "markThreadRead", new { id = factory.Thread("Forældremøde i 3.A"), sequence });

        Assert.Equal("VALIDATION", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["input", "sequence"], payload["errors"]![0]!["field"].Values());
        Assert.Equal(0, factory.Participant("Forældremøde i 3.A", "mette.hansen").LastReadSequence);
    }

    [Fact]
    public async Task MuteThreadChangesOnlyTheViewersOwnMute()
    {
        var muted = await PostAsync("mette.hansen", Mute, "muteThread", new { id = factory.Thread("Sofie er syg i dag"), muted = true });
        var unmuted = await PostAsync("mette.hansen", Mute, "muteThread", new { id = factory.Thread("Legeaftaler i 3.A"), muted = false });

        Assert.True(muted["thread"]!["muted"]!.GetValue<bool>());
        Assert.False(unmuted["thread"]!["muted"]!.GetValue<bool>());
        Assert.True(factory.Participant("Sofie er syg i dag", "mette.hansen").IsMuted);
        Assert.False(factory.Participant("Sofie er syg i dag", "lars.nielsen").IsMuted);
        Assert.False(factory.Participant("Legeaftaler i 3.A", "mette.hansen").IsMuted);
    }

    [Fact]
    public async Task LeftThreadIsGoneForTheViewerAndShowsAsLeftToOthers()
    {
        var id = factory.Thread("Sofie er syg i dag");

        var left = await PostAsync("mette.hansen", Leave, "leaveThread", new { id });
        var again = await PostAsync("mette.hansen", Leave, "leaveThread", new { id });
        var send = await PostAsync("mette.hansen", MessagingData.SendMessage, "sendMessage",
            MessagingData.SendInput(id, "Hej", MessagingData.NewClientMessageId()));
        var mette = (await factory.GraphQL("mette.hansen").PostAsync(
            "query($id: ID!) { node(id: $id) { id } threads(first: 50) { totalCount } }", new { id })).Ok();
        var lars = (await factory.GraphQL("lars.nielsen").PostAsync(
            "query($id: ID!) { node(id: $id) { ... on ChatThread { participants { person { displayName } leftAt } } } }", new { id })).Ok();

        Assert.Empty(left["errors"]!.AsArray());
        Assert.Equal(id, left["threadId"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", again["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", send["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(mette["node"]);
        Assert.Equal(6, mette["threads"]!["totalCount"]!.GetValue<int>());
        var gone = Assert.Single(lars["node"]!["participants"]!.AsArray(), p => p!["leftAt"] is not null);
        Assert.Equal("Mette Hansen", gone!["person"]!["displayName"]!.GetValue<string>());
    }

    private async Task<JsonNode> PostAsync(string login, string query, string field, object variables) =>
        (await factory.GraphQL(login).PostAsync(query, variables)).Ok()[field]!;
}
