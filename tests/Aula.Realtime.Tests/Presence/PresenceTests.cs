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
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        // What matters is that nobody hears "offline" while a connection remains (a repeated "online" is harmless).
        while (lars.Presence.Reader.TryRead(out var change))
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
