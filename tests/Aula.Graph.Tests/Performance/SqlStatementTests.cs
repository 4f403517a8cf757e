using Aula.Graph.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Aula.Graph.Tests.Performance;

/// A nested query costs a constant number of SQL statements, whatever the list sizes: batch loaders, no N+1.
public sealed class SqlStatementTests(ITestOutputHelper output) : IDisposable
{
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    private async Task<int> StatementsAsync(string login, string query, int first)
    {
        var client = factory.GraphQL(login, mfa: true);
        await client.PostAsync("{ me { __typename } }"); // warm up: the first request compiles queries
        factory.Statements.Reset();
        var data = (await client.PostAsync(query, new { first })).Ok();
        Assert.NotNull(data);
        output.WriteLine($"first: {first} -> {factory.Statements.Count} SQL statements");
        return factory.Statements.Count;
    }

    [Fact]
    public async Task ChildrenGroupsAndTheirPlansCostTheSameForOneAndTwentyChildren()
    {
        const string query = """
            query($first: Int) { children(first: $first) { nodes {
              displayName institutions { name } guardians { displayName }
              groups { name institutions { name } weeklyPlan { week author { displayName } entries { day text } } } } } }
            """;
        var one = await StatementsAsync("lars.nielsen", query, 1);
        var twenty = await StatementsAsync("lars.nielsen", query, 20);

        Assert.Equal(one, twenty);
        Assert.InRange(twenty, 1, 12);
    }

    [Fact]
    public async Task ThreadsParticipantsAndPeopleCostTheSameForOneAndTwentyThreads()
    {
        var teacher = factory.GraphQL("lars.nielsen");
        for (var i = 0; i < 10; i++)
        {
            var started = await teacher.PostAsync(
                "mutation($input: StartThreadInput!) { startThread(input: $input) { errors { code } } }",
                new { input = new { subject = $"Tråd {i}", body = "Hej", recipientIds = new[] { factory.Person("mette.hansen") }, clientMessageId = $"n1-{i}" } });
            Assert.Empty(started.Ok()["startThread"]!["errors"]!.AsArray());
        }
        const string query = """
            query($first: Int) { threads(first: $first) { totalCount nodes {
              subject unreadCount participants { lastReadSequence person { displayName } }
              lastMessage { body author { displayName } } } } }
            """;
        var one = await StatementsAsync("lars.nielsen", query, 1);
        var twenty = await StatementsAsync("lars.nielsen", query, 20);

        Assert.Equal(one, twenty);
        Assert.InRange(twenty, 1, 10);
        // The twenty include sensitive threads, whose reads were logged besides (counted apart).
        Assert.InRange(factory.Statements.AccessLogWrites, 1, 20);
    }
}
