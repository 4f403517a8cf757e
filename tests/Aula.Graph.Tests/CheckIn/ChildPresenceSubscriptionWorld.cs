using System.Text.Json.Nodes;
using Aula.Graph.Basics;
using Aula.Graph.CheckIn;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Aula.Graph.Tests.Subscriptions;
using Aula.Realtime.Events;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.CheckIn;

/// The app on Kestrel with a bus that says when a subscription listens; changes go through CheckInBook, so
/// each travels the real path: commit, doorbell, bus, the subscriber's filter, the loader.
internal sealed class ChildPresenceSubscriptionWorld : IDisposable
{
    public const string Document = "subscription($i: ID, $g: ID) { childPresenceChanged(institutionId: $i, groupId: $g) { child { id } institution { id } status } }";
    private readonly AulaFactory factory = new();
    private readonly CountingBus bus = new();

    public ChildPresenceSubscriptionWorld()
    {
        App = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILiveEventBus>(bus)));
        App.UseLoopbackKestrel();
        App.StartServer();
    }

    public WebApplicationFactory<Program> App { get; }

    public AulaFactory Factory => factory;

    /// Sofie (SFO at Solby Skoles SFO), Oliver (Mariehønen at Mælkebøtten): Mette's; Ella (Sommerfuglene at
    /// Mælkebøtten): Jonas's.
    public int ChildOf(string guardian, string firstName) => factory.Query(db =>
        db.Custodies.Where(c => c.Guardian.Login == guardian && c.Child.FirstName == firstName).Select(c => c.ChildId).Single());

    public static string ChildId(int key) => GlobalId.Encode("Child", key);

    /// A socket whose subscription listens on the bus once this returns (or that was answered at the start).
    public async Task<WsClient> SubscribeAsync(string login, object? variables = null)
    {
        var client = await WsClient.InitializedAsync(App, factory, login);
        var listening = bus.NextSubscription;
        await client.SubscribeAsync("days", Document, variables ?? new { });
        await listening.WaitAsync(WsClient.Timeout);
        return client;
    }

    /// The first answer to a subscribe the server refuses at the start.
    public async Task<JsonObject> RefusedAsync(string login, object variables)
    {
        using var client = await WsClient.InitializedAsync(App, factory, login);
        await client.SubscribeAsync("days", Document, variables);
        return (await client.ReceiveAsync())!;
    }

    /// Stores a new status for the child's day today, by a member of staff.
    public async Task SetStatusAsync(int child, DayStatus status, string staff)
    {
        var clock = App.Services.GetRequiredService<AulaClock>();
        var actor = factory.Query(db => db.People.Single(p => p.Login == staff).Id);
        var days = await App.Services.GetRequiredService<CheckInBook>()
            .ChangeAsync(child, [clock.Today], CheckInChange.Status, actor, d => d with { Status = status }, CancellationToken.None)
            .WaitAsync(WsClient.Timeout);
        Assert.Equal(status, Assert.Single(days!).Status);
    }

    /// The child of the next day the socket is sent.
    public static async Task<JsonNode> NextDayAsync(WsClient client)
    {
        var next = (await client.ReceiveAsync())!;
        Assert.Equal("next", next["type"]!.GetValue<string>());
        return next["payload"]!["data"]!["childPresenceChanged"]!;
    }

    public void Dispose()
    {
        App.Dispose();
        factory.Dispose();
    }
}
