using System.Collections.Concurrent;
using Aula.Realtime.Events;
using Aula.Realtime.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Realtime.Tests.Hubs;

/// Two nodes, one Redis, one database: what is sent on one node reaches clients on the other.
[Collection(RedisDefinition.Name)]
public sealed class CrossNodeMessagingTests(RedisServer redis) : IAsyncDisposable
{
    private const string Everyday = "Sofie er syg i dag";
    private const string Sensitive = "Sofies allergi";
    private readonly LiveCluster cluster = new(redis);

    public ValueTask DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task MessageSentOnOneNodeReachesAClientOnTheOther()
    {
        var events = new ConcurrentQueue<LiveEvent>();
        using var subscription = cluster.Two.Services.GetRequiredService<ILiveEventBus>().Subscribe(e =>
        {
            events.Enqueue(e);
            return Task.CompletedTask;
        });
        await using var mette = await LiveClient.ConnectAsync(cluster.One, "mette.hansen");
        await using var lars = await LiveClient.ConnectAsync(cluster.Two, "lars.nielsen");

        var sent = await mette.SendAsync(cluster.Thread(Everyday), "Hun er frisk igen");

        Assert.Null(sent.Error);
        Assert.Equal(4, sent.Message!.Sequence);
        var pushed = await LiveClient.NextAsync(lars.Messages, m => m.MessageId == sent.Message.MessageId);
        Assert.Equal((cluster.Thread(Everyday), 4, "Hun er frisk igen", cluster.Person("mette.hansen")),
            (pushed.ThreadId, pushed.Sequence, pushed.Body, pushed.AuthorId));
        var own = await LiveClient.NextAsync(mette.Messages, m => m.MessageId == sent.Message.MessageId);
        Assert.Equal(4, own.Sequence);
        var added = Assert.IsType<MessageAdded>(Assert.Single(events, e => e is MessageAdded));
        Assert.Equal(4, added.Sequence);
    }

    [Fact]
    public async Task RetryThroughTheOtherNodeStoresOnce()
    {
        await using var first = await LiveClient.ConnectAsync(cluster.One, "mette.hansen");
        await using var second = await LiveClient.ConnectAsync(cluster.Two, "mette.hansen");
        var clientMessageId = "retry-" + Guid.NewGuid().ToString("N");

        var original = await first.SendAsync(cluster.Thread(Everyday), "Kun én gang", clientMessageId);
        var retried = await second.SendAsync(cluster.Thread(Everyday), "Kun én gang", clientMessageId);

        Assert.Null(retried.Error);
        Assert.Equal(original.Message!.MessageId, retried.Message!.MessageId);
        Assert.Equal(original.Message.Sequence, retried.Message.Sequence);
        Assert.Equal(1, cluster.MessagesWith(clientMessageId));
    }

    [Fact]
    public async Task SensitivePushWithoutSecondFactorHasNoBody()
    {
        await using var lars = await LiveClient.ConnectAsync(cluster.One, "lars.nielsen", mfa: true);
        await using var plain = await LiveClient.ConnectAsync(cluster.Two, "mette.hansen");
        await using var steppedUp = await LiveClient.ConnectAsync(cluster.Two, "mette.hansen", mfa: true);

        var sent = await lars.SendAsync(cluster.Thread(Sensitive), "Husk adrenalinpennen");

        Assert.Null(sent.Error);
        var envelope = await LiveClient.NextAsync(plain.Messages, m => m.MessageId == sent.Message!.MessageId);
        Assert.True(envelope.Sensitive);
        Assert.Null(envelope.Body);
        var full = await LiveClient.NextAsync(steppedUp.Messages, m => m.MessageId == sent.Message!.MessageId);
        Assert.Equal("Husk adrenalinpennen", full.Body);
    }

    [Fact]
    public async Task TypingAndReadReachTheOtherNode()
    {
        await using var mette = await LiveClient.ConnectAsync(cluster.One, "mette.hansen");
        await using var lars = await LiveClient.ConnectAsync(cluster.Two, "lars.nielsen");

        Assert.Null((await mette.InvokeAsync<Aula.Realtime.Pushes.HubResult>("Typing", cluster.Thread(Everyday))).Error);
        // Mette has read all three seeded messages; Lars's fourth is what her mark can move to.
        Assert.Null((await lars.SendAsync(cluster.Thread(Everyday), "Tak for besked")).Error);
        Assert.Null((await mette.InvokeAsync<Aula.Realtime.Pushes.HubResult>("MarkRead", cluster.Thread(Everyday), 4)).Error);

        var typing = await LiveClient.NextAsync(lars.Typing, _ => true);
        Assert.Equal((cluster.Thread(Everyday), cluster.Person("mette.hansen")), (typing.ThreadId, typing.PersonId));
        var read = await LiveClient.NextAsync(lars.Reads, _ => true);
        Assert.Equal(4, read.Sequence);
    }
}
