using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Aula.Realtime.Tests.Infrastructure;

namespace Aula.Realtime.Tests.Cost;

/// With Redis, cost budgets are one per person and per client across every node, not one per node.
[Collection(RedisDefinition.Name)]
public sealed class CrossNodeCostTests(RedisServer redis) : IAsyncDisposable
{
    private const string Tiny = "{ me { person { id } } }";

    private readonly LiveCluster cluster = new(redis, new Dictionary<string, string?>
    {
        ["GraphQL:Cost:PersonCapacity"] = "60",
        ["GraphQL:Cost:PersonRefillPerSecond"] = "1",
    });

    public ValueTask DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task NodesSpendFromOneBudgetPerPerson()
    {
        LiveNode[] nodes = [cluster.One, cluster.Two];
        var (granted, price) = (0, 0.0);
        HttpResponseMessage response;
        while ((response = await PostAsync(nodes[granted % 2], "mette.hansen")).IsSuccessStatusCode)
        {
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            price = Math.Ceiling(body["extensions"]!["cost"]!["requested"]!.GetValue<double>());
            Assert.True(++granted <= 60, "the budget never ran out");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.InRange(response.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        // One budget of 60 between the two nodes (and what refills at 1 a second meanwhile), not 60 on each.
        Assert.InRange(granted, (int)(60 / price), (int)(60 / price) + 1);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(cluster.Two, "peter.jensen")).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(LiveNode node, string login)
    {
        using var http = node.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", node.TokenFor(login));
        return await http.PostAsJsonAsync("/graphql", new { query = Tiny }).WaitAsync(LiveClient.Timeout);
    }
}
