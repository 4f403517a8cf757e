using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Http;

/// Sends raw HTTP requests to /graphql of a fresh app, so tests control every header and byte.
public sealed class Probe : IDisposable
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public Probe(AulaFactory? factory = null)
    {
        Factory = factory ?? new AulaFactory();
        Client = Factory.CreateClient();
    }

    public AulaFactory Factory { get; }

    public HttpClient Client { get; }

    public Task<ProbeResponse> PostAsync(string query, object? variables = null, string? accept = GraphQLResponse, string? token = null) =>
        PostJsonAsync(JsonSerializer.Serialize(new { query, variables }), accept, token);

    public Task<ProbeResponse> PostJsonAsync(string json, string? accept = GraphQLResponse, string? token = null) =>
        PostBytesAsync(Encoding.UTF8.GetBytes(json), Json, accept, token);

    public Task<ProbeResponse> PostBytesAsync(byte[] body, string? contentType, string? accept = GraphQLResponse, string? token = null)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        return SendAsync(HttpMethod.Post, "/graphql", content, accept, token);
    }

    public Task<ProbeResponse> GetAsync(string query, string? variables = null, string? accept = GraphQLResponse)
    {
        var uri = "/graphql?query=" + Uri.EscapeDataString(query)
            + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables));
        return SendAsync(HttpMethod.Get, uri, null, accept, null);
    }

    public async Task<ProbeResponse> SendAsync(HttpMethod method, string uri, HttpContent? content, string? accept, string? token)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await Client.SendAsync(request);
        return new ProbeResponse(
            (int)response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            response.Headers,
            response.Content.Headers,
            await response.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}

public sealed record ProbeResponse(int Status, string? ContentType, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders, string Body)
{
    public JsonObject Json => JsonNode.Parse(Body)?.AsObject() ?? throw new InvalidOperationException("Empty body");

    public JsonArray Errors => Json["errors"]?.AsArray() ?? [];

    public IReadOnlyList<string?> Codes => Errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>()).ToList();

    public bool HasData => Json.ContainsKey("data");

    public string MediaType => ContentType?.Split(';')[0].Trim() ?? "";

    public override string ToString() => $"{Status} {ContentType}: {(Body.Length > 2000 ? Body[..2000] + "…" : Body)}";
}
