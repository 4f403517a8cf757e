using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Performance;

/// A nested query costs a constant number of SQL statements, whatever the list sizes: batch loaders, no N+1.
public sealed class SqlStatementTests : IDisposable
{
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    private async Task<int> StatementsAsync(string login, string query, int first)
    {
        var client = factory.GraphQL(login);
        await client.PostAsync("{ me { __typename } }"); // warm up: the first request compiles queries
        factory.Statements.Reset();
        var data = (await client.PostAsync(query, new { first })).Ok();
        Assert.NotNull(data);
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
}
