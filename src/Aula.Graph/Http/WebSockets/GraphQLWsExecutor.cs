using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aula.Graph.Access;
using Aula.Graph.Http.Cost;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace Aula.Graph.Http.WebSockets;

/// Runs one `subscribe` payload with the same limits and rules as HTTP, in a scope of its own: operations on
/// one socket run concurrently, and a subscription's events later get fresh scopes from the scoped strategy.
internal sealed class GraphQLWsExecutor(
    IDocumentExecuter executer,
    IGraphQLTextSerializer serializer,
    IServiceScopeFactory scopes,
    IOptions<GraphQLLimitsOptions> limits)
{
    /// The request in a subscribe payload, or null when the payload is not one.
    public GraphQLRequest? ReadRequest(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } p
            || !p.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            return null;
        }
        try
        {
            return serializer.Deserialize<GraphQLRequest>(p.GetRawText());
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (document, error) = DocumentLimits.Parse(request.Query ?? "", limits.Value);
        if (error is not null)
        {
            return new ExecutionResult { Errors = [error] };
        }
        // The socket's user, not the upgrade request's, from validation on (budgets are charged there);
        // ViewerSeedListener does the same for every event later.
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerContext>().Principal = user;
        var http = new GraphQLHttpRequest(request.Query ?? "", request.OperationName, request.Variables, request.Extensions);
        var result = await executer.ExecuteAsync(http.ToOptions(document!, scope.ServiceProvider, user, cancellationToken));
        GraphQLHttpResponse.CapErrors(result, limits.Value.MaxErrors);
        scope.ServiceProvider.GetRequiredService<RequestCost>().AddTo(result);
        return result;
    }

    public string Serialize(ExecutionResult result) => serializer.Serialize(result);

    /// The `errors` list of a result, as an `error` message's payload.
    public string SerializeErrors(ExecutionResult result) =>
        JsonNode.Parse(serializer.Serialize(new ExecutionResult { Errors = result.Errors ?? [] }))?["errors"]?.ToJsonString() ?? "[]";
}
