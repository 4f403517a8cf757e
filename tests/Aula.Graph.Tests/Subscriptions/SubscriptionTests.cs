using Aula.Graph.Tests.Infrastructure;
using Aula.Graph.Tests.Messaging;
using Aula.Realtime.Events;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Subscriptions;

/// The real path: sendMessage over HTTP → MessageSender → LivePublisher → live event bus → subscription,
/// with every push reloaded for the subscriber.
public sealed class SubscriptionTests : IDisposable
{
    private const string Shared = "Sofie er syg i dag";
    private const string Sensitive = "Sofies allergi";
    private const string MessageAdded = "subscription($t: ID!) { messageAdded(threadId: $t) { sequence body author { displayName } } }";
    private readonly AulaFactory factory = new();
    private readonly WebApplicationFactory<Program> app;

    public SubscriptionTests()
    {
        app = factory.WithWebHostBuilder(_ => { });
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
        await mette.SubscribeAsync("s1", MessageAdded, new { t = factory.Thread(Shared) });
        await SettleAsync();

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
        await stranger.SubscribeAsync("s1", MessageAdded, new { t = factory.Thread(Shared) });

        var error = (await stranger.ReceiveAsync())!;
        await SendAsync("lars.nielsen", Shared, "Hej");

        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.True(await stranger.QuietForAsync(TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task CompleteStopsEvents()
    {
        using var mette = await WsClient.InitializedAsync(app, factory, "mette.hansen");
        await mette.SubscribeAsync("s1", MessageAdded, new { t = factory.Thread(Shared) });
        await SettleAsync();
        await mette.SendAsync(new { id = "s1", type = "complete" });
        await SettleAsync();

        await SendAsync("lars.nielsen", Shared, "Hej");

        Assert.True(await mette.QuietForAsync(TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task SensitivePushWithoutSecondFactorCarriesNoBody()
    {
        using var mette = await WsClient.InitializedAsync(app, factory, "mette.hansen");
        await mette.SubscribeAsync("s1", MessageAdded, new { t = factory.Thread(Sensitive) });
        await SettleAsync();

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
        await mette.SubscribeAsync("a", "subscription { myThreadActivity { thread { id unreadCount } message { body clientMessageId } } }");
        await SettleAsync();

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
        await mette.SubscribeAsync("p", Query);
        await stranger.SubscribeAsync("p", Query);
        await SettleAsync();

        var lars = factory.Query(db => db.People.Single(p => p.Login == "lars.nielsen").Id);
        await app.Services.GetRequiredService<ILiveEventBus>().PublishAsync(new PresenceChanged(lars, true)).WaitAsync(WsClient.Timeout);

        var change = (await mette.ReceiveAsync())!["payload"]!["data"]!["presenceChanged"]!;
        Assert.True(change["online"]!.GetValue<bool>());
        Assert.True(await stranger.QuietForAsync(TimeSpan.FromMilliseconds(500)));
    }

    /// A subscribe runs its first execution asynchronously; give it a moment to reach the bus.
    // Subscribing completes in the background; give it a generous moment on a busy 2-core machine.
    private static Task SettleAsync() => Task.Delay(1000);

    private async Task SendAsync(string login, string subject, string body, bool mfa = false)
    {
        var client = new GraphQLClient(app.CreateClient(), factory.TokenFor(login, mfa));
        var input = MessagingData.SendInput(factory.Thread(subject), body, MessagingData.NewClientMessageId());
        (await client.PostAsync(MessagingData.SendMessage, input).WaitAsync(WsClient.Timeout)).Ok();
    }
}
