using Aula.Graph.Tests.Access;
using Aula.Graph.Tests.Access.Matrix;
using Aula.Graph.Tests.Infrastructure;
using Aula.Graph.Tests.Messaging;
using Aula.Realtime.Events;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Subscriptions;

/// The real path: sendMessage over HTTP → MessageSender → LivePublisher → live event bus → subscription,
/// with every push reloaded for the subscriber. Events are sent once the subscription listens on the bus;
/// absence is shown with a barrier: a later event the same socket does get arrives first.
public sealed class SubscriptionTests : IDisposable
{
    private const string Shared = "Sofie er syg i dag";
    private const string Sensitive = "Sofies allergi";
    // Mette's and Mikkel's thread: what the stranger of the shared thread does see.
    private const string Pickup = "SFO-afhentning onsdag";
    private const string MessageAdded = "subscription($t: ID!) { messageAdded(threadId: $t) { sequence body author { displayName } } }";
    private readonly AulaFactory factory = new();
    private readonly CountingBus bus = new();
    private readonly WebApplicationFactory<Program> app;

    public SubscriptionTests()
    {
        app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILiveEventBus>(bus)));
        app.UseLoopbackKestrel();
    }

    public void Dispose()
    {
        app.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task MessageAddedDeliversAMessageSentOverHttp()
    {
        using var mette = await WsClient.InitializedAsync(app, factory, "mette.hansen");
        await bus.ListeningAfterAsync(() => mette.SubscribeAsync("s1", MessageAdded, new { t = factory.Thread(Shared) }));

        await SendAsync("lars.nielsen", Shared, "Hun har det bedre");

        var next = (await mette.ReceiveAsync())!;
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("s1", next["id"]!.GetValue<string>());
        Assert.Equal("Hun har det bedre", next["payload"]!["data"]!["messageAdded"]!["body"]!.GetValue<string>());
        Assert.Equal(4, next["payload"]!["data"]!["messageAdded"]!["sequence"]!.GetValue<int>());
    }

    [Fact]
    public async Task NonParticipantGetsNotFoundAndNoEvents()
    {
        using var stranger = await WsClient.InitializedAsync(app, factory, "mikkel.petersen");
        await bus.ListeningAfterAsync(() => stranger.SubscribeAsync("pickup", MessageAdded, new { t = factory.Thread(Pickup) }));
        var listening = bus.Subscribers;
        await stranger.SubscribeAsync("s1", MessageAdded, new { t = factory.Thread(Shared) });

        var error = (await stranger.ReceiveAsync())!;
        await SendAsync("lars.nielsen", Shared, "Hej");
        await SendAsync("mette.hansen", Pickup, "Sofie kommer alligevel");

        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(listening, bus.Subscribers);
        // Nothing of the shared thread came before the later message of his own thread.
        var first = (await stranger.ReceiveAsync())!;
        Assert.Equal(("pickup", "Sofie kommer alligevel"), (first["id"]!.GetValue<string>(), first["payload"]!["data"]!["messageAdded"]!["body"]!.GetValue<string>()));
    }

    [Fact]
    public async Task CompleteStopsEvents()
    {
        using var mette = await WsClient.InitializedAsync(app, factory, "mette.hansen");
        var before = bus.Subscribers;
        await bus.ListeningAfterAsync(() => mette.SubscribeAsync("s1", MessageAdded, new { t = factory.Thread(Shared) }));
        await mette.SendAsync(new { id = "s1", type = "complete" });
        await bus.WaitForSubscribersAsync(before);

        await SendAsync("lars.nielsen", Shared, "Hej");

        // A new subscription on the same socket: its first event, the next message, is the first thing to arrive.
        await bus.ListeningAfterAsync(() => mette.SubscribeAsync("s2", MessageAdded, new { t = factory.Thread(Shared) }));
        await SendAsync("lars.nielsen", Shared, "Hej igen");
        var first = (await mette.ReceiveAsync())!;
        Assert.Equal(("s2", "Hej igen"), (first["id"]!.GetValue<string>(), first["payload"]!["data"]!["messageAdded"]!["body"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SensitivePushWithoutSecondFactorCarriesNoBody()
    {
        using var mette = await WsClient.InitializedAsync(app, factory, "mette.hansen");
        await bus.ListeningAfterAsync(() => mette.SubscribeAsync("s1", MessageAdded, new { t = factory.Thread(Sensitive) }));

        await SendAsync("lars.nielsen", Sensitive, "Ny medicin", mfa: true);

        var next = (await mette.ReceiveAsync())!;
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Null(next["payload"]!["data"]!["messageAdded"]);
        Assert.Equal("STEP_UP_REQUIRED", next["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain("Ny medicin", next.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyThreadActivityIsResolvedAsTheSubscriberNotTheSender()
    {
        using var mette = await WsClient.InitializedAsync(app, factory, "mette.hansen");
        await bus.ListeningAfterAsync(() => mette.SubscribeAsync("a", "subscription { myThreadActivity { thread { id unreadCount } message { body clientMessageId } } }"));

        await SendAsync("lars.nielsen", Shared, "Tak for besked");

        var activity = (await mette.ReceiveAsync())!["payload"]!["data"]!["myThreadActivity"]!;
        Assert.Equal(factory.Thread(Shared), activity["thread"]!["id"]!.GetValue<string>());
        Assert.Equal("Tak for besked", activity["message"]!["body"]!.GetValue<string>());
        // clientMessageId is shown to its author only: null proves the viewer is Mette, not Lars.
        Assert.Null(activity["message"]!["clientMessageId"]);
    }

    [Fact]
    public async Task PresenceChangedReachesOnlyPeopleWhoShareSomething()
    {
        using var mette = await WsClient.InitializedAsync(app, factory, "mette.hansen");
        using var stranger = await WsClient.InitializedAsync(app, factory, "mikkel.petersen");
        const string Query = "subscription { presenceChanged { person { displayName } online } }";
        await bus.ListeningAfterAsync(() => mette.SubscribeAsync("p", Query));
        await bus.ListeningAfterAsync(() => stranger.SubscribeAsync("p", Query));

        await PublishAsync(new PresenceChanged(factory.PersonKey("lars.nielsen"), true));
        // The barrier: Mette, whom the stranger shares a thread with, comes online after Lars, on the same stream.
        await PublishAsync(new PresenceChanged(factory.PersonKey("mette.hansen"), true));

        var change = (await mette.ReceiveAsync())!["payload"]!["data"]!["presenceChanged"]!;
        Assert.True(change["online"]!.GetValue<bool>());
        Assert.Equal("Lars Nielsen", change["person"]!["displayName"]!.GetValue<string>());
        var first = (await stranger.ReceiveAsync())!;
        Assert.True(JsonPaths.ValuesAt(first, "payload.data.presenceChanged.person.displayName").SequenceEqual(["Mette Hansen"]),
            $"The stranger's first push should be Mette's: {first.ToJsonString()}");
    }

    private Task PublishAsync(LiveEvent liveEvent) => bus.PublishAsync(liveEvent).WaitAsync(WsClient.Timeout);

    private async Task SendAsync(string login, string subject, string body, bool mfa = false)
    {
        var client = new GraphQLClient(app.CreateClient(), factory.TokenFor(login, mfa));
        var input = MessagingData.SendInput(factory.Thread(subject), body, MessagingData.NewClientMessageId());
        (await client.PostAsync(MessagingData.SendMessage, input).WaitAsync(WsClient.Timeout)).Ok();
    }
}
