using System.Threading.Channels;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Aula.Realtime.Events;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Messaging;

/// The doorbell rings after the commit, once per stored message; and a busy database never becomes a 500.
public sealed class MessageEventTests : IDisposable
{
    private const string Subject = "Sofie er syg i dag";
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task MessageEventIsPublishedOnceAfterTheCommit()
    {
        using var app = factory.WithWebHostBuilder(_ => { });
        var database = app.Services.GetRequiredService<IDbContextFactory<AulaDbContext>>();
        var seen = Channel.CreateUnbounded<(MessageAdded Added, bool Committed)>();
        using var subscription = app.Services.GetRequiredService<ILiveEventBus>().Subscribe(async e =>
        {
            if (e is MessageAdded added)
            {
                // Another connection sees only committed rows.
                await using var db = database.CreateDbContext();
                seen.Writer.TryWrite((added, await db.Messages.AnyAsync(m => m.Id == added.MessageId)));
            }
        });
        var client = new GraphQLClient(app.CreateClient(), factory.TokenFor("mette.hansen"));
        var input = MessagingData.SendInput(factory.Thread(Subject), "Hej", MessagingData.NewClientMessageId());

        var sent = (await client.PostAsync(MessagingData.SendMessage, input)).Ok()["sendMessage"]!["message"]!;
        (await client.PostAsync(MessagingData.SendMessage, input)).Ok();
        // The replay announces nothing: the next event on the bus is the next message's.
        (await client.PostAsync(MessagingData.SendMessage,
            MessagingData.SendInput(factory.Thread(Subject), "Igen", MessagingData.NewClientMessageId()))).Ok();

        var (added, committed) = await seen.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        var (next, _) = await seen.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(committed, "the message was visible to another connection when the event was published");
        Assert.Equal(factory.ThreadKey(Subject), added.ThreadId);
        Assert.Equal(4, added.Sequence);
        Assert.Equal(sent["id"]!.GetValue<string>(), GlobalId.Encode("Message", added.MessageId));
        Assert.False(added.Sensitive);
        Assert.Equal(5, next.Sequence);
    }

    [Fact]
    public async Task FailingPublisherDoesNotFailTheStoredSend()
    {
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILiveEventBus, FailingBus>()));
        var client = new GraphQLClient(app.CreateClient(), factory.TokenFor("mette.hansen"));

        var sent = (await client.PostAsync(MessagingData.SendMessage,
            MessagingData.SendInput(factory.Thread(Subject), "Hej", MessagingData.NewClientMessageId()))).Ok()["sendMessage"]!;

        Assert.Empty(sent["errors"]!.AsArray());
        Assert.Equal([1, 2, 3, 4], factory.Sequences(Subject));
    }

    [Fact]
    public async Task LockedDatabaseAnswersUnavailableAndTheRetryStoresOnce()
    {
        var connectionString = factory.Query(db => db.Database.GetConnectionString())!;
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:Aula", connectionString + ";Default Timeout=1"));
        var client = new GraphQLClient(app.CreateClient(), factory.TokenFor("mette.hansen"));
        var input = MessagingData.SendInput(factory.Thread(Subject), "Hej", MessagingData.NewClientMessageId());
        (await client.PostAsync("{ me { person { id } } }")).Ok();

        GraphQLResponse locked;
        await using (var writer = new SqliteConnection(connectionString))
        {
            await writer.OpenAsync();
            // An immediate transaction: holds the write lock until it is rolled back at the end of this block.
            await using var hold = writer.BeginTransaction(deferred: false);
            locked = await client.PostAsync(MessagingData.SendMessage, input);
        }
        var retried = (await client.PostAsync(MessagingData.SendMessage, input)).Ok()["sendMessage"]!;

        Assert.Equal(200, locked.Status);
        Assert.Equal("UNAVAILABLE", locked.Ok()["sendMessage"]!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(4, retried["message"]!["sequence"]!.GetValue<int>());
        Assert.Equal([1, 2, 3, 4], factory.Sequences(Subject));
    }

    private sealed class FailingBus : ILiveEventBus
    {
        public Task PublishAsync(LiveEvent liveEvent, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The live channel is down.");

        public IDisposable Subscribe(Func<LiveEvent, Task> handler) => new CancellationTokenSource();
    }
}
