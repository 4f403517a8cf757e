using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Messaging;

public sealed class SendMessageTests : IDisposable
{
    private const string Subject = "Sofie er syg i dag";
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task SentMessageTakesTheNextSequenceAndIsUnreadForOthers()
    {
        var id = factory.Thread(Subject);
        var before = factory.MessageCount();

        var sent = (await factory.GraphQL("mette.hansen").PostAsync(MessagingData.SendMessage,
            MessagingData.SendInput(id, "  Hun er frisk igen i morgen.  ", MessagingData.NewClientMessageId()))).Ok()["sendMessage"]!;
        var lars = (await factory.GraphQL("lars.nielsen").PostAsync(
            "{ threads(first: 1) { nodes { id unreadCount messages(last: 1) { nodes { sequence body author { displayName } } } } } }")).Ok();

        Assert.Empty(sent["errors"]!.AsArray());
        Assert.Equal(4, sent["message"]!["sequence"]!.GetValue<int>());
        Assert.Equal("Hun er frisk igen i morgen.", sent["message"]!["body"]!.GetValue<string>());
        Assert.Equal("Mette Hansen", sent["message"]!["author"]!["displayName"]!.GetValue<string>());
        Assert.Equal(4, sent["thread"]!["lastSequence"]!.GetValue<int>());
        Assert.Equal(0, sent["thread"]!["unreadCount"]!.GetValue<int>());
        var top = lars["threads"]!["nodes"]![0]!;
        Assert.Equal(id, top["id"]!.GetValue<string>());
        Assert.Equal(1, top["unreadCount"]!.GetValue<int>());
        Assert.Equal(sent["message"]!["body"]!.ToJsonString(), top["messages"]!["nodes"]![0]!["body"]!.ToJsonString());
        Assert.Equal(before + 1, factory.MessageCount());
    }

    [Fact]
    public async Task RetryingWithTheSameClientMessageIdReturnsTheFirstMessageAndStoresNothingNew()
    {
        var client = factory.GraphQL("mette.hansen");
        var input = MessagingData.SendInput(factory.Thread(Subject), "Tak for i dag.", MessagingData.NewClientMessageId());

        var first = (await client.PostAsync(MessagingData.SendMessage, input)).Ok()["sendMessage"]!["message"]!;
        var count = factory.MessageCount();
        var again = (await client.PostAsync(MessagingData.SendMessage, input)).Ok()["sendMessage"]!;

        Assert.Empty(again["errors"]!.AsArray());
        Assert.Equal(first["id"]!.GetValue<string>(), again["message"]!["id"]!.GetValue<string>());
        Assert.Equal(first["sequence"]!.GetValue<int>(), again["message"]!["sequence"]!.GetValue<int>());
        Assert.Equal(count, factory.MessageCount());
        Assert.Equal([1, 2, 3, 4], factory.Sequences(Subject));
    }

    [Fact]
    public async Task ReusingAClientMessageIdForAnotherMessageIsAConflict()
    {
        var client = factory.GraphQL("mette.hansen");
        var key = MessagingData.NewClientMessageId();
        (await client.PostAsync(MessagingData.SendMessage, MessagingData.SendInput(factory.Thread(Subject), "Første", key))).Ok();
        var count = factory.MessageCount();

        var otherBody = (await client.PostAsync(MessagingData.SendMessage,
            MessagingData.SendInput(factory.Thread(Subject), "Anden", key))).Ok()["sendMessage"]!;
        var otherThread = (await client.PostAsync(MessagingData.SendMessage,
            MessagingData.SendInput(factory.Thread("SFO-afhentning onsdag"), "Første", key))).Ok()["sendMessage"]!;

        foreach (var payload in new[] { otherBody, otherThread })
        {
            Assert.Null(payload["message"]);
            Assert.Equal("CONFLICT", payload["errors"]![0]!["code"]!.GetValue<string>());
            Assert.Equal(["input", "clientMessageId"], payload["errors"]![0]!["field"].Values());
        }
        Assert.Equal(count, factory.MessageCount());
    }

    [Fact]
    public async Task ConcurrentSendsGetSequencesWithoutGapsOrDuplicates()
    {
        var id = factory.Thread(Subject);
        var mette = factory.GraphQL("mette.hansen");
        var lars = factory.GraphQL("lars.nielsen");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? mette : lars).PostAsync(
            MessagingData.SendMessage, MessagingData.SendInput(id, $"Besked {i}", MessagingData.NewClientMessageId()))));

        var sequences = responses.Select(r => r.Ok()["sendMessage"]!["message"]!["sequence"]!.GetValue<int>()).Order();
        Assert.Equal(Enumerable.Range(4, 20), sequences);
        Assert.Equal(Enumerable.Range(1, 23), factory.Sequences(Subject));
        Assert.Equal(23, factory.Query(db => db.Threads.Single(t => t.Subject == Subject).LastSequence));
    }

    [Fact]
    public async Task ConcurrentRetriesOfOneMessageStoreItOnce()
    {
        var client = factory.GraphQL("mette.hansen");
        var input = MessagingData.SendInput(factory.Thread(Subject), "Kun én gang", MessagingData.NewClientMessageId());

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.PostAsync(MessagingData.SendMessage, input)));

        var ids = responses.Select(r => r.Ok()["sendMessage"]!["message"]!["id"]!.GetValue<string>()).Distinct();
        Assert.Single(ids);
        Assert.Equal([1, 2, 3, 4], factory.Sequences(Subject));
    }

    [Theory]
    [InlineData("   ", "ok-1", "body")]
    [InlineData("", "ok-1", "body")]
    [InlineData("x", "", "clientMessageId")]
    [InlineData("x", "has space", "clientMessageId")]
    [InlineData("x", "line\n", "clientMessageId")]
    [InlineData("x", "æøå", "clientMessageId")]
    public async Task InvalidMessageIsRefusedWithTheFieldAtFault(string body, string clientMessageId, string field)
    {
        var payload = (await factory.GraphQL("mette.hansen").PostAsync(MessagingData.SendMessage,
            MessagingData.SendInput(factory.Thread(Subject), body, clientMessageId))).Ok()["sendMessage"]!;

        Assert.Null(payload["message"]);
        Assert.Equal("VALIDATION", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["input", field], payload["errors"]![0]!["field"].Values());
        Assert.Equal([1, 2, 3], factory.Sequences(Subject));
    }

    [Fact]
    public async Task LongestBodyAndKeyAreAcceptedAndOneMoreCharacterIsNot()
    {
        var client = factory.GraphQL("mette.hansen");
        var id = factory.Thread(Subject);

        var longest = (await client.PostAsync(MessagingData.SendMessage,
            MessagingData.SendInput(id, new string('a', 10_000), new string('k', 64)))).Ok()["sendMessage"]!;
        var bodyTooLong = (await client.PostAsync(MessagingData.SendMessage,
            MessagingData.SendInput(id, new string('a', 10_001), "k-2"))).Ok()["sendMessage"]!;
        var keyTooLong = (await client.PostAsync(MessagingData.SendMessage,
            MessagingData.SendInput(id, "a", new string('k', 65)))).Ok()["sendMessage"]!;

        Assert.Empty(longest["errors"]!.AsArray());
        Assert.Equal(["input", "body"], bodyTooLong["errors"]![0]!["field"].Values());
        Assert.Equal(["input", "clientMessageId"], keyTooLong["errors"]![0]!["field"].Values());
    }

    [Fact]
    public async Task SendingToASensitiveThreadNeedsSecondFactor()
    {
        var input = MessagingData.SendInput(factory.Thread("Sofies allergi"), "Hun har pennen med.", MessagingData.NewClientMessageId());

        var without = (await factory.GraphQL("mette.hansen").PostAsync(MessagingData.SendMessage, input)).Ok()["sendMessage"]!;
        Assert.Equal([1, 2, 3, 4], factory.Sequences("Sofies allergi"));
        var with = (await factory.GraphQL("mette.hansen", mfa: true).PostAsync(MessagingData.SendMessage, input)).Ok()["sendMessage"]!;

        Assert.Equal("STEP_UP_REQUIRED", without["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(without["message"]);
        Assert.Empty(with["errors"]!.AsArray());
        Assert.Equal(5, with["message"]!["sequence"]!.GetValue<int>());
    }
}
