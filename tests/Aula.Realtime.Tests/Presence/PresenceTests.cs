using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Aula.Realtime.Basics;
using Aula.Realtime.Presence;
using Aula.Realtime.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Aula.Realtime.Tests.Presence;

/// A person is online while any node holds a connection of theirs; their contacts hear of changes.
[Collection(RedisDefinition.Name)]
public sealed class PresenceTests(RedisServer redis) : IAsyncDisposable
{
    private readonly LiveCluster cluster = new(redis);

    public ValueTask DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task ContactOnTheOtherNodeSeesOnlineThenOffline()
    {
        await using var lars = await LiveClient.ConnectAsync(cluster.Two, "lars.nielsen");
        var mette = await LiveClient.ConnectAsync(cluster.One, "mette.hansen");

        var online = await LiveClient.NextAsync(lars.Presence, p => p.PersonId == cluster.Person("mette.hansen"));
        Assert.True(online.Online);
        Assert.True(await OnlineAsync(cluster.Two, "lars.nielsen", "mette.hansen"));

        await mette.DisposeAsync();

        var offline = await LiveClient.NextAsync(lars.Presence, p => p.PersonId == cluster.Person("mette.hansen"));
        Assert.False(offline.Online);
        Assert.False(await OnlineAsync(cluster.Two, "lars.nielsen", "mette.hansen"));
    }

    [Fact]
    public async Task SecondConnectionOnAnotherNodeKeepsThePersonOnline()
    {
        await using var lars = await LiveClient.ConnectAsync(cluster.Two, "lars.nielsen");
        var first = await LiveClient.ConnectAsync(cluster.One, "mette.hansen");
        await using var second = await LiveClient.ConnectAsync(cluster.Two, "mette.hansen");
        await LiveClient.NextAsync(lars.Presence, p => p.Online);

        await first.DisposeAsync();
        await NodeHasLetGoAsync(cluster.One, "mette.hansen");
        // The barrier: a contact of Lars comes online on the same node after it let go of Mette's connection.
        await using var sofie = await LiveClient.ConnectAsync(cluster.One, "sofie.hansen");

        // What matters is that nobody hears "offline" while a connection remains (a repeated "online" is harmless).
        var sofieId = cluster.Person("sofie.hansen");
        for (var change = await LiveClient.NextAsync(lars.Presence, _ => true); change.PersonId != sofieId; change = await LiveClient.NextAsync(lars.Presence, _ => true))
        {
            Assert.True(change.Online, "no offline push while a connection remains");
        }
        Assert.True(await OnlineAsync(cluster.One, "lars.nielsen", "mette.hansen"));
    }

    [Fact]
    public async Task CrashedNodesPeopleGoOfflineWithinTheTimeout()
    {
        await using var lars = await LiveClient.ConnectAsync(cluster.Two, "lars.nielsen");
        // A node that records a lease and then never renews it: what a killed process leaves behind.
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var options = cluster.One.Services.GetRequiredService<IOptions<RealtimeOptions>>();
        var ghost = new RedisPresenceStore(connection, options);
        Assert.True(await ghost.AddAsync(cluster.PersonKey("mette.hansen")));
        Assert.True(await OnlineAsync(cluster.Two, "lars.nielsen", "mette.hansen"));
        var started = DateTime.UtcNow;

        var offline = await LiveClient.NextAsync(lars.Presence, p => p.PersonId == cluster.Person("mette.hansen") && !p.Online);

        Assert.InRange(DateTime.UtcNow - started, TimeSpan.Zero, LiveCluster.PresenceTimeout + TimeSpan.FromSeconds(0.5));
        Assert.False(offline.Online);
        Assert.False(await OnlineAsync(cluster.Two, "lars.nielsen", "mette.hansen"));
    }

    /// Waits until the node holds no connection of the person's: it has handled the disconnect.
    private async Task NodeHasLetGoAsync(LiveNode node, string login)
    {
        var tracker = node.Services.GetRequiredService<PresenceTracker>();
        var key = cluster.PersonKey(login);
        var deadline = DateTime.UtcNow + LiveClient.Timeout;
        while ((await tracker.LocalPeopleAsync()).Contains(key))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the node still holds a connection of {login}'s");
            await Task.Delay(50);
        }
    }

    /// `Person.online` through GraphQL, as the viewer sees the other person.
    private async Task<bool> OnlineAsync(LiveNode node, string viewer, string login)
    {
        using var http = node.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", node.TokenFor(viewer));
        using var response = await http.PostAsJsonAsync("/graphql", new
        {
            query = "query($id: ID!) { node(id: $id) { ... on Person { online } } }",
            variables = new { id = cluster.Person(login) },
        }).WaitAsync(LiveClient.Timeout);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["data"]!["node"]!["online"]!.GetValue<bool>();
    }
}
