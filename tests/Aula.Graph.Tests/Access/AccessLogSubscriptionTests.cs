using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Aula.Graph.Tests.Messaging;
using Aula.Graph.Tests.Subscriptions;
using Aula.Realtime.Events;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Access;

/// Each subscription event is an execution of its own: one that delivers a sensitive body is logged then
/// (GraphQL.NET runs document listeners around every event), and the flag is read per event.
public sealed class AccessLogSubscriptionTests : IDisposable
{
    private const string Sensitive = "Sofies allergi";
    private const string Everyday = "Sofie er syg i dag";
    private const string MessageAdded = "subscription($t: ID!) { messageAdded(threadId: $t) { sequence body } }";
    private readonly AulaFactory factory = new();
    private readonly CountingBus bus = new();
    private readonly WebApplicationFactory<Program> app;

    public AccessLogSubscriptionTests()
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
    public async Task EachEventThatDeliversASensitiveBodyIsLogged()
    {
        using var mette = await WsClient.InitializedAsync(app, factory, "mette.hansen", mfa: true);
        await bus.ListeningAfterAsync(() => mette.SubscribeAsync("s1", MessageAdded, new { t = factory.Thread(Sensitive) }));

        await SendAsync(Sensitive, "Ny medicin");
        var first = (await mette.ReceiveAsync())!;
        await SendAsync(Sensitive, "Og en ny dosis");
        await mette.ReceiveAsync();

        Assert.Equal("Ny medicin", first["payload"]!["data"]!["messageAdded"]!["body"]!.GetValue<string>());
        var mine = (await factory.LogEntriesAsync(rows => rows.Count(e => e.ActorId == factory.PersonKey("mette.hansen")) >= 2))
            .Where(e => e.ActorId == factory.PersonKey("mette.hansen")).ToList();
        Assert.Equal(2, mine.Count);
        Assert.All(mine, e => Assert.Equal((AccessKind.SensitiveThread, factory.ThreadKey(Sensitive)), (e.Kind, e.ThreadId)));
    }

    [Fact]
    public async Task EventsWithoutABodyAreNotLogged()
    {
        using var plain = await WsClient.InitializedAsync(app, factory, "mette.hansen");
        using var everyday = await WsClient.InitializedAsync(app, factory, "mette.hansen", mfa: true);
        await bus.ListeningAfterAsync(() => plain.SubscribeAsync("s1", MessageAdded, new { t = factory.Thread(Sensitive) }));
        await bus.ListeningAfterAsync(() => everyday.SubscribeAsync("s2", MessageAdded, new { t = factory.Thread(Everyday) }));

        await SendAsync(Sensitive, "Ny medicin");
        await SendAsync(Everyday, "Hun er frisk");
        var refused = (await plain.ReceiveAsync())!;
        var ordinary = (await everyday.ReceiveAsync())!;

        Assert.Equal("STEP_UP_REQUIRED", refused["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("Hun er frisk", ordinary["payload"]!["data"]!["messageAdded"]!["body"]!.GetValue<string>());
        // The barrier: a later body with step-up is logged; it is her only entry, so those two events wrote none.
        await bus.ListeningAfterAsync(() => everyday.SubscribeAsync("s3", MessageAdded, new { t = factory.Thread(Sensitive) }));
        await SendAsync(Sensitive, "Og en ny dosis");
        Assert.Equal("Og en ny dosis", (await everyday.ReceiveAsync())!["payload"]!["data"]!["messageAdded"]!["body"]!.GetValue<string>());
        var mette = factory.PersonKey("mette.hansen");
        var entry = Assert.Single(await factory.LogEntriesAsync(rows => rows.Any(e => e.ActorId == mette)), e => e.ActorId == mette);
        Assert.Equal((AccessKind.SensitiveThread, factory.ThreadKey(Sensitive)), (entry.Kind, entry.ThreadId));
    }

    [Fact]
    public async Task ASubscriptionWithoutStepUpGetsNoBodiesOnceTheThreadIsMarkedSensitive()
    {
        using var mette = await WsClient.InitializedAsync(app, factory, "mette.hansen");
        await bus.ListeningAfterAsync(() => mette.SubscribeAsync("s1", MessageAdded, new { t = factory.Thread(Everyday) }));
        await SendAsync(Everyday, "Før");
        Assert.Equal("Før", (await mette.ReceiveAsync())!["payload"]!["data"]!["messageAdded"]!["body"]!.GetValue<string>());

        var marked = await Client("lars.nielsen").PostAsync(
            "mutation($id: ID!) { markThreadSensitive(input: { threadId: $id }) { errors { code } } }", new { id = factory.Thread(Everyday) });
        Assert.Empty(marked.Ok()["markThreadSensitive"]!["errors"]!.AsArray());
        await SendAsync(Everyday, "Efter");

        var after = (await mette.ReceiveAsync())!;
        Assert.Null(after["payload"]!["data"]!["messageAdded"]);
        Assert.Equal("STEP_UP_REQUIRED", after["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain("Efter", after.ToJsonString(), StringComparison.Ordinal);
    }

    private GraphQLClient Client(string login) => new(app.CreateClient(), factory.TokenFor(login, mfa: true));

    private async Task SendAsync(string subject, string body)
    {
        var input = MessagingData.SendInput(factory.Thread(subject), body, MessagingData.NewClientMessageId());
        (await Client("lars.nielsen").PostAsync(MessagingData.SendMessage, input).WaitAsync(WsClient.Timeout)).Ok();
    }

}
