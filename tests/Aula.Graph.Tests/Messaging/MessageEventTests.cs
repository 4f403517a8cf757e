using System.Collections.Concurrent;
using Aula.Graph.Data;
using Aula.Graph.Messaging;
using Aula.Graph.Tests.Infrastructure;
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
        var events = new RecordingEvents();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IMessageEvents>(events)));
        events.Database = app.Services.GetRequiredService<IDbContextFactory<AulaDbContext>>();
        var client = new GraphQLClient(app.CreateClient(), factory.TokenFor("mette.hansen"));
        var input = MessagingData.SendInput(factory.Thread(Subject), "Hej", MessagingData.NewClientMessageId());

        var sent = (await client.PostAsync(MessagingData.SendMessage, input)).Ok()["sendMessage"]!["message"]!;
        (await client.PostAsync(MessagingData.SendMessage, input)).Ok();

        var (added, committed) = Assert.Single(events.Seen);
        Assert.True(committed, "the message was visible to another connection when the event was published");
        Assert.Equal(factory.ThreadKey(Subject), added.ThreadId);
        Assert.Equal(4, added.Sequence);
        Assert.Equal(sent["id"]!.GetValue<string>(), Aula.Graph.Schema.Nodes.GlobalId.Encode("Message", added.MessageId));
        Assert.False(added.Sensitive);
    }

    [Fact]
    public async Task FailingPublisherDoesNotFailTheStoredSend()
    {
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IMessageEvents, FailingEvents>()));
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

    private sealed class RecordingEvents : IMessageEvents
    {
        public IDbContextFactory<AulaDbContext>? Database { get; set; }

        public ConcurrentQueue<(MessageAdded Added, bool Committed)> Seen { get; } = new();

        public async Task MessageAddedAsync(MessageAdded added, CancellationToken cancellationToken)
        {
            // Another connection sees only committed rows.
            await using var db = Database!.CreateDbContext();
            Seen.Enqueue((added, await db.Messages.AnyAsync(m => m.Id == added.MessageId, cancellationToken)));
        }
    }

    private sealed class FailingEvents : IMessageEvents
    {
        public Task MessageAddedAsync(MessageAdded added, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The live channel is down.");
    }
}
