using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Messaging;

public sealed class MessageQueryTests : IDisposable
{
    private const string Messages = """
        query($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $afterSequence: Int) {
          node(id: $id) {
            ... on ChatThread {
              messages(first: $first, after: $after, last: $last, before: $before, afterSequence: $afterSequence) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                nodes { id sequence body sentAt author { displayName } thread { id } }
              }
            }
          }
        }
        """;

    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task LastGivesTheNewestMessagesOldestFirstAndBeforePagesBack()
    {
        var client = factory.GraphQL("mette.hansen");
        var id = factory.Thread("Tur til skoven på fredag");

        var newest = (await client.PostAsync(Messages, new { id, last = 2 })).Ok()["node"]!["messages"]!;
        var before = newest["pageInfo"]!["startCursor"]!.GetValue<string>();
        var older = (await client.PostAsync(Messages, new { id, last = 2, before })).Ok()["node"]!["messages"]!;

        Assert.Equal([4, 5], newest["nodes"].Ints("sequence"));
        Assert.True(newest["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal([2, 3], older["nodes"].Ints("sequence"));
        Assert.Equal(5, newest["totalCount"]!.GetValue<int>());
        Assert.Equal("Lars Nielsen", newest["nodes"]![1]!["author"]!["displayName"]!.GetValue<string>());
        Assert.All(newest["nodes"]!.AsArray(), m => Assert.Equal(id, m!["thread"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task MessagesAfterASequenceAreExactlyTheLaterOnesInOrder()
    {
        var client = factory.GraphQL("mette.hansen");
        var id = factory.Thread("Tur til skoven på fredag");

        var later = (await client.PostAsync(Messages, new { id, afterSequence = 2 })).Ok()["node"]!["messages"]!;
        var none = (await client.PostAsync(Messages, new { id, afterSequence = 5 })).Ok()["node"]!["messages"]!;

        Assert.Equal([3, 4, 5], later["nodes"].Ints("sequence"));
        Assert.Equal(3, later["totalCount"]!.GetValue<int>());
        Assert.False(later["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Empty(none["nodes"]!.AsArray());
    }

    [Fact]
    public async Task CatchingUpPageByPageGetsEveryMessageOnce()
    {
        var client = factory.GraphQL("mette.hansen");
        var id = factory.Thread("Tur til skoven på fredag");

        var seen = new List<int>();
        string? after = null;
        for (var hasNext = true; hasNext;)
        {
            var page = (await client.PostAsync(Messages, new { id, afterSequence = 1, first = 1, after })).Ok()["node"]!["messages"]!;
            seen.AddRange(page["nodes"].Ints("sequence"));
            hasNext = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
            after = page["pageInfo"]!["endCursor"]?.GetValue<string>();
        }

        Assert.Equal([2, 3, 4, 5], seen);
    }

    [Fact]
    public async Task MessageCanBeFetchedAgainByItsId()
    {
        var client = factory.GraphQL("mette.hansen");
        var first = (await client.PostAsync(Messages, new { id = factory.Thread("Sofie er syg i dag"), first = 1 })).Ok()["node"]!["messages"]!["nodes"]![0]!;

        var again = (await client.PostAsync("query($id: ID!) { node(id: $id) { id ... on Message { sequence body } } }",
            new { id = first["id"]!.GetValue<string>() })).Ok()["node"]!;
        var stranger = (await factory.GraphQL("peter.jensen").PostAsync("query($id: ID!) { node(id: $id) { id } }",
            new { id = first["id"]!.GetValue<string>() })).Ok()["node"];

        Assert.Equal(first["body"]!.GetValue<string>(), again["body"]!.GetValue<string>());
        Assert.Equal(1, again["sequence"]!.GetValue<int>());
        Assert.Null(stranger);
    }
}
