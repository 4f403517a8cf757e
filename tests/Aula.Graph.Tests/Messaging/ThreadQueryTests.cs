using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Messaging;

public sealed class ThreadQueryTests : IDisposable
{
    private const string Unread = "query($unread: Boolean) { threads(first: 50, filter: { unread: $unread }) { nodes { id unreadCount } } }";
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task ThreadsListOnlyTheViewersThreadsByLatestActivity()
    {
        var data = (await factory.GraphQL("mette.hansen").PostAsync("{ threads(first: 50) { totalCount nodes { id lastActivityAt } } }")).Ok();

        var ids = data["threads"]!["nodes"].Strings("id");
        Assert.Equal(7, data["threads"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(Expected("mette.hansen"), ids);
        Assert.DoesNotContain(factory.Thread("Lektier i matematik"), ids);
        Assert.DoesNotContain(factory.Thread("Noahs trivsel"), ids);
        var times = data["threads"]!["nodes"]!.AsArray().Select(n => n!["lastActivityAt"]!.GetValue<DateTime>()).ToList();
        Assert.Equal(times.OrderDescending(), times);
    }

    [Fact]
    public async Task PagingForwardAndBackwardWithCursorsIsStable()
    {
        var client = factory.GraphQL("lars.nielsen");
        const string Page = """
            query($first: Int, $after: String, $last: Int, $before: String) {
              threads(first: $first, after: $after, last: $last, before: $before) {
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id }
              }
            }
            """;
        var all = Expected("lars.nielsen");
        Assert.True(all.Count > 7, "Lars takes part in many threads");

        var forward = new List<string>();
        string? after = null;
        for (var hasNext = true; hasNext;)
        {
            var page = (await client.PostAsync(Page, new { first = 3, after })).Ok()["threads"]!;
            forward.AddRange(page["nodes"].Strings("id"));
            hasNext = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
            after = page["pageInfo"]!["endCursor"]?.GetValue<string>();
        }
        var backward = new List<string>();
        string? before = null;
        for (var hasPrevious = true; hasPrevious;)
        {
            var page = (await client.PostAsync(Page, new { last = 3, before })).Ok()["threads"]!;
            backward.InsertRange(0, page["nodes"].Strings("id"));
            hasPrevious = page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>();
            before = page["pageInfo"]!["startCursor"]?.GetValue<string>();
        }

        Assert.Equal(all, forward);
        Assert.Equal(all, backward);
    }

    [Fact]
    public async Task UnreadFilterSplitsThreadsByUnreadMessages()
    {
        var client = factory.GraphQL("mette.hansen");

        var unread = (await client.PostAsync(Unread, new { unread = true })).Ok()["threads"]!["nodes"]!;
        var read = (await client.PostAsync(Unread, new { unread = false })).Ok()["threads"]!["nodes"]!;

        string[] subjects = ["Sofies allergi", "Forældremøde i 3.A", "Afhentning af Oliver på fredag", "Legeaftaler i 3.A"];
        Assert.Equal(subjects.Select(factory.Thread).Order(), unread.Strings("id").Order());
        Assert.All(unread.Ints("unreadCount"), n => Assert.True(n > 0));
        Assert.Equal(3, read.AsArray().Count);
        Assert.All(read.Ints("unreadCount"), n => Assert.Equal(0, n));
    }

    [Fact]
    public async Task SensitiveFilterListsOnlySensitiveThreads()
    {
        var client = factory.GraphQL("mette.hansen");
        const string Query = "query($s: Boolean) { threads(first: 50, filter: { sensitive: $s }) { nodes { id sensitive } } }";

        var sensitive = (await client.PostAsync(Query, new { s = true })).Ok()["threads"]!["nodes"]!;
        var ordinary = (await client.PostAsync(Query, new { s = false })).Ok()["threads"]!["nodes"]!;

        Assert.Equal([factory.Thread("Sofies allergi")], sensitive.Strings("id"));
        Assert.Equal(6, ordinary.AsArray().Count);
        Assert.All(ordinary.AsArray(), n => Assert.False(n!["sensitive"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task UnreadCountIsTheMessagesAfterTheViewersReadMark()
    {
        var data = (await factory.GraphQL("mette.hansen").PostAsync(
            "{ threads(first: 50) { nodes { id unreadCount lastSequence lastReadSequence muted } } }")).Ok();

        var byId = data["threads"]!["nodes"]!.AsArray().ToDictionary(n => n!["id"]!.GetValue<string>());
        Assert.Equal(4, byId[factory.Thread("Forældremøde i 3.A")]!["unreadCount"]!.GetValue<int>());
        Assert.Equal(1, byId[factory.Thread("Sofies allergi")]!["unreadCount"]!.GetValue<int>());
        Assert.Equal(0, byId[factory.Thread("Sofie er syg i dag")]!["unreadCount"]!.GetValue<int>());
        Assert.All(byId.Values, n => Assert.Equal(
            n!["lastSequence"]!.GetValue<int>() - n["lastReadSequence"]!.GetValue<int>(), n["unreadCount"]!.GetValue<int>()));
        Assert.Equal([factory.Thread("Legeaftaler i 3.A")], byId.Where(p => p.Value!["muted"]!.GetValue<bool>()).Select(p => p.Key));
    }

    [Fact]
    public async Task LastMessagesOfManyThreadsCostAsManyStatementsAsOfTwo()
    {
        var client = factory.GraphQL("lars.nielsen", mfa: true);
        const string Query = "query($n: Int) { threads(first: $n) { nodes { lastSequence lastMessage { sequence body author { displayName } } participants { person { displayName } } } } }";
        await client.PostAsync(Query, new { n = 1 });

        factory.Statements.Reset();
        var two = (await client.PostAsync(Query, new { n = 2 })).Ok()["threads"]!["nodes"]!.AsArray();
        var forTwo = factory.Statements.Count;
        factory.Statements.Reset();
        var many = (await client.PostAsync(Query, new { n = 12 })).Ok()["threads"]!["nodes"]!.AsArray();
        var forMany = factory.Statements.Count;

        Assert.Equal(12, many.Count);
        Assert.Equal(forTwo, forMany);
        Assert.All(two.Concat(many), n => Assert.Equal(n!["lastSequence"]!.GetValue<int>(), n["lastMessage"]!["sequence"]!.GetValue<int>()));
    }

    [Fact]
    public async Task ParticipantsShowReadMarksMutesAndWhoLeft()
    {
        var data = (await factory.GraphQL("peter.jensen").PostAsync(
            "query($id: ID!) { node(id: $id) { ... on ChatThread { participants { person { id } lastReadSequence muted leftAt } } } }",
            new { id = factory.Thread("Kørsel til svømning") })).Ok();

        var participants = data["node"]!["participants"]!.AsArray();
        Assert.Equal(3, participants.Count);
        var left = Assert.Single(participants, p => p!["leftAt"] is not null);
        Assert.Equal(3, left!["lastReadSequence"]!.GetValue<int>());
        Assert.Contains(factory.Person("peter.jensen"), participants.Select(p => p!["person"]!["id"]!.GetValue<string>()));
    }

    /// The viewer's threads straight from the database, in the order the API promises.
    private List<string> Expected(string login) => factory.Query(db => db.ThreadParticipants
        .Where(p => p.LeftAt == null && db.People.Any(x => x.Id == p.PersonId && x.Login == login))
        .Select(p => p.Thread)
        .AsEnumerable()
        .OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id)
        .Select(t => Aula.Graph.Basics.GlobalId.Encode("ChatThread", t.Id))
        .ToList());
}
