using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Aula.Graph.Data;
using Aula.Realtime.Tests.Infrastructure;

namespace Aula.Realtime.Tests.Hubs;

/// Marking a thread sensitive takes effect on the very next push, across nodes; and each node writes the
/// sensitive bodies it pushed to its own connections with step-up into the access log.
[Collection(RedisDefinition.Name)]
public sealed class SensitiveThreadTests(RedisServer redis) : IAsyncDisposable
{
    private const string Everyday = "Sofie er syg i dag";
    private const string Sensitive = "Sofies allergi";
    private const string Barrier = "Forældremøde i 3.A";
    private readonly LiveCluster cluster = new(redis);

    public ValueTask DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task AConnectionWithoutStepUpGetsNoBodiesOnceTheThreadIsMarkedSensitive()
    {
        await using var lars = await LiveClient.ConnectAsync(cluster.One, "lars.nielsen", mfa: true);
        await using var plain = await LiveClient.ConnectAsync(cluster.Two, "mette.hansen");
        await using var steppedUp = await LiveClient.ConnectAsync(cluster.Two, "mette.hansen", mfa: true);
        var before = await lars.SendAsync(cluster.Thread(Everyday), "Før");
        Assert.Equal("Før", (await LiveClient.NextAsync(plain.Messages, m => m.MessageId == before.Message!.MessageId)).Body);

        var marked = await MarkAsync(cluster.One, "lars.nielsen", cluster.Thread(Everyday));
        var after = await lars.SendAsync(cluster.Thread(Everyday), "Efter");

        Assert.Empty(marked["errors"]!.AsArray());
        Assert.Null(after.Error);
        var envelope = await LiveClient.NextAsync(plain.Messages, m => m.MessageId == after.Message!.MessageId);
        Assert.True(envelope.Sensitive);
        Assert.Null(envelope.Body);
        var full = await LiveClient.NextAsync(steppedUp.Messages, m => m.MessageId == after.Message!.MessageId);
        Assert.Equal(("Efter", true), (full.Body, full.Sensitive));
        // And the same connection can no longer send there without step-up.
        Assert.Equal("STEP_UP_REQUIRED", (await plain.SendAsync(cluster.Thread(Everyday), "Hej")).Error!.Code);
    }

    [Fact]
    public async Task EachNodeLogsTheSensitiveBodiesItPushedToConnectionsWithStepUp()
    {
        await using var lars = await LiveClient.ConnectAsync(cluster.One, "lars.nielsen", mfa: true);
        await using var plain = await LiveClient.ConnectAsync(cluster.Two, "mette.hansen");
        var sent = await lars.SendAsync(cluster.Thread(Sensitive), "Husk adrenalinpennen");
        await LiveClient.NextAsync(plain.Messages, m => m.MessageId == sent.Message!.MessageId);
        await using var steppedUp = await LiveClient.ConnectAsync(cluster.Two, "mette.hansen", mfa: true);
        await using var secondTab = await LiveClient.ConnectAsync(cluster.Two, "mette.hansen", mfa: true);

        var again = await lars.SendAsync(cluster.Thread(Sensitive), "Og madpakken");
        await LiveClient.NextAsync(steppedUp.Messages, m => m.MessageId == again.Message!.MessageId);
        var ordinary = await lars.SendAsync(cluster.Thread(Everyday), "Hverdag");
        await LiveClient.NextAsync(steppedUp.Messages, m => m.MessageId == ordinary.Message!.MessageId);

        // The barrier: a body of another thread, marked sensitive now, to both. Each node writes its entries in order and
        // each person here is served by one node, so once a person's barrier entry is in, every earlier one of theirs is.
        var (mette, larsKey, barrierThread) = (cluster.PersonKey("mette.hansen"), cluster.PersonKey("lars.nielsen"), ThreadKey(Barrier));
        Assert.Empty((await MarkAsync(cluster.One, "lars.nielsen", cluster.Thread(Barrier)))["errors"]!.AsArray());
        var barrier = await lars.SendAsync(cluster.Thread(Barrier), "Husk mødet");
        await LiveClient.NextAsync(steppedUp.Messages, m => m.MessageId == barrier.Message!.MessageId);
        var entries = (await EntriesAsync(rows => rows.Any(e => e.ActorId == mette && e.ThreadId == barrierThread)
            && rows.Any(e => e.ActorId == larsKey && e.ThreadId == barrierThread)))
            .Where(e => e.ThreadId != barrierThread).ToList();
        // Her connection without step-up got no body and no entry; her two tabs with step-up got one body: one entry.
        var hers = Assert.Single(entries, e => e.ActorId == mette);
        Assert.Equal((AccessKind.SensitiveThread, ThreadKey(Sensitive), (string?)null), (hers.Kind, hers.ThreadId, hers.ClientId));
        // Lars's own connection (node one) got both sensitive bodies back; nothing of the ordinary thread is logged.
        Assert.Equal(2, entries.Count(e => e.ActorId == larsKey));
        Assert.All(entries, e => Assert.Equal(ThreadKey(Sensitive), e.ThreadId));
    }

    [Fact]
    public async Task AConnectionThroughAThirdPartyClientIsLogged()
    {
        await using var widget = await LiveClient.ConnectAsync(cluster.Two, "mette.hansen", clientId: "chat-widget");
        await using var own = await LiveClient.ConnectAsync(cluster.One, "mette.hansen");

        var entry = Assert.Single(await EntriesAsync(rows => rows.Count > 0));
        Assert.Equal((AccessKind.ThirdPartyClient, "chat-widget", cluster.PersonKey("mette.hansen")), (entry.Kind, entry.ClientId, entry.PersonId));
    }

    private int ThreadKey(string subject) => cluster.Query(db => db.Threads.Single(t => t.Subject == subject).Id);

    private async Task<List<AccessLogEntry>> EntriesAsync(Func<List<AccessLogEntry>, bool> done)
    {
        var deadline = DateTime.UtcNow + LiveClient.Timeout;
        while (true)
        {
            var rows = cluster.Query(db => db.AccessLog.OrderBy(e => e.Id).ToList());
            if (done(rows) || DateTime.UtcNow > deadline)
            {
                return rows;
            }
            await Task.Delay(50);
        }
    }

    private static async Task<JsonNode> MarkAsync(LiveNode node, string login, string threadId)
    {
        using var http = new HttpClient { BaseAddress = node.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = "mutation($id: ID!) { markThreadSensitive(input: { threadId: $id }) { errors { code } } }",
                variables = new { id = threadId },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", node.TokenFor(login, mfa: true));
        using var response = await http.SendAsync(request).WaitAsync(LiveClient.Timeout);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["markThreadSensitive"]!;
    }
}
