using Aula.Realtime.Pushes;
using Aula.Realtime.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Aula.Realtime.Tests.Hubs;

/// Bad calls answer `error.code`, store nothing, and leave the connection usable.
[Collection(RedisDefinition.Name)]
public sealed class HubErrorTests(RedisServer redis) : IAsyncDisposable
{
    private const string MettesThread = "Sofie er syg i dag";
    private readonly LiveCluster cluster = new(redis);

    public ValueTask DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task NonParticipantCannotSendAndTheConnectionStaysUsable()
    {
        await using var peter = await LiveClient.ConnectAsync(cluster.One, "peter.jensen");
        var before = cluster.Query(db => db.Messages.Count());

        var refused = await peter.SendAsync(cluster.Thread(MettesThread), "Må jeg være med?");
        var unknown = await peter.SendAsync("not-an-id", "Hej");

        Assert.Equal((HubErrors.NotFound, HubErrors.NotFound), (refused.Error?.Code, unknown.Error?.Code));
        Assert.Null(refused.Message);
        Assert.Equal(before, cluster.Query(db => db.Messages.Count()));
        var own = await peter.SendAsync(PetersThread(), "Hej igen");
        Assert.Null(own.Error);
    }

    [Fact]
    public async Task OversizedBodyIsRefusedAndNothingIsStored()
    {
        await using var mette = await LiveClient.ConnectAsync(cluster.One, "mette.hansen");
        var clientMessageId = "big-" + Guid.NewGuid().ToString("N");

        var refused = await mette.SendAsync(cluster.Thread(MettesThread), new string('a', 10_001), clientMessageId);

        Assert.Equal("VALIDATION", refused.Error?.Code);
        Assert.Equal(0, cluster.MessagesWith(clientMessageId));
        Assert.Null((await mette.SendAsync(cluster.Thread(MettesThread), "Kort")).Error);
    }

    [Fact]
    public async Task FloodIsRateLimitedAndTheConnectionRecovers()
    {
        await using var mette = await LiveClient.ConnectAsync(cluster.One, "mette.hansen");
        var thread = cluster.Thread(MettesThread);

        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => mette.InvokeAsync<HubResult>("Typing", thread)));

        Assert.Contains(results, r => r.Error?.Code == HubErrors.RateLimited);
        // A burst of 10 (the connect barrier took one) plus what refills while the 30 calls run.
        Assert.InRange(results.Count(r => r.Error is null), 9, 14);
        // Recovers: the budget refills (2 a second), so a call goes through again well within the deadline.
        var deadline = DateTime.UtcNow + LiveClient.Timeout;
        HubResult again;
        while ((again = await mette.InvokeAsync<HubResult>("Typing", thread)).Error?.Code == HubErrors.RateLimited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.Null(again.Error);
    }

    [Fact]
    public async Task ConnectionWithoutTokenIsRefused()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => LiveClient.ConnectAsync(cluster.One, login: null));
    }

    [Fact]
    public async Task AConnectionEndsWhenItsTokenExpires()
    {
        await using var lasting = await LiveClient.ConnectAsync(cluster.One, "mette.hansen");
        await using var expiring = await LiveClient.ConnectWithAsync(cluster.One, cluster.One.TokenFor("mette.hansen", lifetime: TimeSpan.FromSeconds(2)));

        await expiring.Closed.WaitAsync(LiveClient.Timeout);

        Assert.Equal(HubConnectionState.Disconnected, expiring.Connection.State);
        Assert.Null((await lasting.InvokeAsync<HubResult>("Typing", cluster.Thread(MettesThread))).Error);
        Assert.False(lasting.Closed.IsCompleted);
    }

    private string PetersThread() => Aula.Graph.Basics.GlobalId.Encode("ChatThread", cluster.Query(db =>
    {
        var peter = db.People.Single(p => p.Login == "peter.jensen").Id;
        return db.ThreadParticipants.First(tp => tp.PersonId == peter && tp.LeftAt == null).ThreadId;
    }));
}
