using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aula.Graph.Tests.Infrastructure;

/// Posts GraphQL documents as a signed-in person (or anonymously) and returns the parsed body.
public sealed class GraphQLClient(HttpClient http, string? token)
{
    public HttpClient Http => http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        return await SendAsync(request);
    }

    /// Sends a request built by the caller, with this client's token.
    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse((int)response.StatusCode, JsonNode.Parse(body)!.AsObject()) { RetryAfter = response.Headers.RetryAfter?.Delta };
    }
}

public sealed record GraphQLResponse(int Status, JsonObject Body)
{
    /// The Retry-After header, when the response has one.
    public TimeSpan? RetryAfter { get; init; }

    /// `extensions.cost`.
    public JsonNode? Cost => Body["extensions"]?["cost"];

    public JsonNode? Data => Body["data"];

    public JsonArray Errors => Body["errors"]?.AsArray() ?? [];

    public IEnumerable<string?> Codes => Errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>());

    /// The data, failing the test with the errors when there are any.
    public JsonNode Ok()
    {
        Assert.True(Errors.Count == 0, $"Expected no errors, got: {Body.ToJsonString()}");
        return Data!;
    }

    public override string ToString() => Body.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
