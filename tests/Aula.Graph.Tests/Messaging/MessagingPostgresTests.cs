using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Messaging;

/// Sequences and idempotency where writers really run at once: PostgreSQL has row locks, not one database lock.
[Collection(PostgresDefinition.Name)]
public sealed class MessagingPostgresTests(PostgresServer postgres)
{
    private const string Subject = "Sofie er syg i dag";

    private async Task<AulaFactory> StartAsync() => new(settings: new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Aula"] = await postgres.CreateDatabaseAsync(),
    });

    [Fact]
    public async Task ConcurrentSendsOnPostgresGetSequencesWithoutGapsOrDuplicates()
    {
        using var factory = await StartAsync();
        var id = factory.Thread(Subject);
        var clients = new[] { factory.GraphQL("mette.hansen"), factory.GraphQL("lars.nielsen") };

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => clients[i % 2].PostAsync(
            MessagingData.SendMessage, MessagingData.SendInput(id, $"Besked {i}", MessagingData.NewClientMessageId()))));

        var sequences = responses.Select(r => r.Ok()["sendMessage"]!["message"]!["sequence"]!.GetValue<int>()).Order();
        Assert.Equal(Enumerable.Range(4, 20), sequences);
        Assert.Equal(Enumerable.Range(1, 23), factory.Sequences(Subject));
    }

    [Fact]
    public async Task ConcurrentRetriesOnPostgresStoreTheMessageOnce()
    {
        using var factory = await StartAsync();
        var client = factory.GraphQL("mette.hansen");
        var input = MessagingData.SendInput(factory.Thread(Subject), "Kun én gang", MessagingData.NewClientMessageId());

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.PostAsync(MessagingData.SendMessage, input)));

        Assert.Single(responses.Select(r => r.Ok()["sendMessage"]!["message"]!["id"]!.GetValue<string>()).Distinct());
        Assert.Equal([1, 2, 3, 4], factory.Sequences(Subject));
    }

    [Fact]
    public async Task ThreadsPageAndFilterOnPostgres()
    {
        using var factory = await StartAsync();
        var client = factory.GraphQL("mette.hansen");

        var first = (await client.PostAsync("{ threads(first: 4) { pageInfo { endCursor } nodes { id } } }")).Ok()["threads"]!;
        var rest = (await client.PostAsync("query($after: String) { threads(first: 10, after: $after) { nodes { id } } }",
            new { after = first["pageInfo"]!["endCursor"]!.GetValue<string>() })).Ok()["threads"]!;
        var unread = (await client.PostAsync("{ threads(filter: { unread: true }) { totalCount } }")).Ok();

        Assert.Equal(7, first["nodes"].Strings("id").Concat(rest["nodes"].Strings("id")).Distinct().Count());
        Assert.Equal(4, unread["threads"]!["totalCount"]!.GetValue<int>());
    }
}
