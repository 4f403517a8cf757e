using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Subscriptions;

/// graphql-transport-ws as PROTOCOL.md says, over a real socket.
public sealed class ProtocolTests : IDisposable
{
    private readonly AulaFactory factory = new(settings: new Dictionary<string, string?>
    {
        ["GraphQL:WebSockets:ConnectionInitTimeout"] = "00:00:00.300",
    });

    public ProtocolTests() => factory.UseLoopbackKestrel();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task InitWithValidTokenIsAcknowledged()
    {
        using var client = await WsClient.ConnectAsync(factory);
        await client.SendAsync(new { type = "connection_init", payload = new { token = factory.TokenFor("mette.hansen") } });

        Assert.Equal("connection_ack", (await client.ReceiveAsync())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task NoInitInTimeClosesWith4408()
    {
        using var client = await WsClient.ConnectAsync(factory);

        Assert.Equal(4408, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task SecondInitClosesWith4429()
    {
        using var client = await WsClient.InitializedAsync(factory, factory, "mette.hansen");
        await client.SendAsync(new { type = "connection_init", payload = new { token = factory.TokenFor("mette.hansen") } });

        Assert.Equal(4429, await client.ClosedWithAsync());
    }

    [Theory]
    [InlineData("{\"type\":\"connection_init\",\"payload\":{\"token\":\"not-a-jwt\"}}")]
    [InlineData("{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJtZXR0ZS5oYW5zZW4ifQ.\"}}")]
    [InlineData("{\"type\":\"connection_init\"}")]
    public async Task InvalidOrMissingTokenClosesWith4403(string init)
    {
        using var client = await WsClient.ConnectAsync(factory);
        await client.SendRawAsync(init);

        Assert.Equal(4403, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task TheSocketClosesWith4403WhenItsTokenExpires()
    {
        using var lasting = await WsClient.InitializedAsync(factory, factory, "mette.hansen");
        using var expiring = await WsClient.ConnectAsync(factory);
        await expiring.SendAsync(new { type = "connection_init", payload = new { token = factory.TokenFor("mette.hansen", lifetime: TimeSpan.FromSeconds(1)) } });
        Assert.Equal("connection_ack", (await expiring.ReceiveAsync())!["type"]!.GetValue<string>());
        await expiring.SubscribeAsync("1", "subscription { myThreadActivity { thread { id } } }");

        Assert.Equal(4403, await expiring.ClosedWithAsync());
        await lasting.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await lasting.ReceiveAsync())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task SubscribeBeforeAckClosesWith4401()
    {
        using var client = await WsClient.ConnectAsync(factory);
        await client.SubscribeAsync("1", "{ me { person { id } } }");

        Assert.Equal(4401, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task DuplicateOperationIdClosesWith4409()
    {
        using var client = await WsClient.InitializedAsync(factory, factory, "mette.hansen");
        await client.SubscribeAsync("same", "subscription { myThreadActivity { thread { id } } }");
        await client.SubscribeAsync("same", "subscription { myThreadActivity { thread { id } } }");

        Assert.Equal(4409, await client.ClosedWithAsync());
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("{\"type\":\"nonsense\"}")]
    [InlineData("{\"type\":\"subscribe\",\"payload\":{\"query\":\"{ __typename }\"}}")]
    [InlineData("[1,2]")]
    public async Task InvalidMessageClosesWith4400(string message)
    {
        using var client = await WsClient.InitializedAsync(factory, factory, "mette.hansen");
        await client.SendRawAsync(message);

        Assert.Equal(4400, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task PingIsAnsweredWithPongEvenBeforeInit()
    {
        using var client = await WsClient.ConnectAsync(factory);
        await client.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (await client.ReceiveAsync())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task OtherSubprotocolIsRefusedWith4406()
    {
        using var client = await WsClient.ConnectAsync(factory, "graphql-ws");

        Assert.Equal(4406, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task QueryAnswersNextThenComplete()
    {
        using var client = await WsClient.InitializedAsync(factory, factory, "mette.hansen");
        await client.SubscribeAsync("q1", "{ me { person { displayName } } }");

        var next = (await client.ReceiveAsync())!;
        var complete = (await client.ReceiveAsync())!;

        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("q1", next["id"]!.GetValue<string>());
        Assert.NotNull(next["payload"]!["data"]!["me"]!["person"]!["displayName"]);
        Assert.Equal("complete", complete["type"]!.GetValue<string>());
        Assert.Equal("q1", complete["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task InvalidDocumentAnswersError()
    {
        using var client = await WsClient.InitializedAsync(factory, factory, "mette.hansen");
        await client.SubscribeAsync("bad", "{ nope }");

        var error = (await client.ReceiveAsync())!;

        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.NotEmpty(error["payload"]!.AsArray());
    }
}
