using System.Text;

namespace Aula.Graph.Tests.Http;

/// The GraphQL-over-HTTP spec: methods, media types and status codes.
public sealed class TransportTests : IDisposable
{
    private readonly Probe probe = new();

    public void Dispose() => probe.Dispose();

    [Theory]
    [InlineData(Probe.GraphQLResponse, Probe.GraphQLResponse)]
    [InlineData(Probe.Json, Probe.Json)]
    [InlineData("application/json; charset=utf-8", Probe.Json)]
    [InlineData("*/*", Probe.Json)]
    [InlineData("application/*", Probe.Json)]
    [InlineData(null, Probe.Json)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", Probe.GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.1, application/json", Probe.Json)]
    [InlineData("application/graphql-response+json, application/json", Probe.GraphQLResponse)]
    [InlineData("*/*;q=0.8, application/graphql-response+json;q=0.8", Probe.GraphQLResponse)]
    [InlineData("text/html, application/json;q=0.9", Probe.Json)]
    public async Task ResponseMediaTypeFollowsTheAcceptHeader(string? accept, string expected)
    {
        var response = await probe.PostAsync("{ __typename }", accept: accept);

        Assert.Equal(200, response.Status);
        Assert.Equal(expected, response.MediaType);
        Assert.Contains("charset=utf-8", response.ContentType, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Query", response.Json["data"]?["__typename"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain;q=0.5")]
    [InlineData("application/json;q=0")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task UnacceptableAcceptIsRefusedWith406(string accept)
    {
        var response = await probe.PostAsync("{ __typename }", accept: accept);

        Assert.Equal(406, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.Codes);
    }

    [Fact]
    public async Task QueryOverGetIsAnswered()
    {
        var response = await probe.GetAsync("query Type($name: String!) { __type(name: $name) { name } }", """{"name":"Query"}""");

        Assert.Equal(200, response.Status);
        Assert.Equal("Query", response.Json["data"]?["__type"]?["name"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("mutation { __typename }")]
    [InlineData("subscription { __typename }")]
    [InlineData("query A { __typename } mutation B { __typename }", "B")]
    public async Task MutationOverGetIsRefusedWith405(string query, string? operationName = null)
    {
        var uri = "/graphql?query=" + Uri.EscapeDataString(query) + (operationName is null ? "" : "&operationName=" + operationName);
        var response = await probe.SendAsync(HttpMethod.Get, uri, null, Probe.GraphQLResponse, null);

        Assert.Equal(405, response.Status);
        Assert.Equal(["POST"], response.ContentHeaders.Allow);
        Assert.Equal(["BAD_REQUEST"], response.Codes);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task OtherMethodsAreRefusedWith405(string method)
    {
        using var content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json");
        var response = await probe.SendAsync(new HttpMethod(method), "/graphql", content, Probe.GraphQLResponse, null);

        Assert.Equal(405, response.Status);
        Assert.Equal(["GET", "POST"], response.ContentHeaders.Allow.Select(a => a.Trim()).Order());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData(null)]
    public async Task UnsupportedContentTypeIsRefusedWith415(string? contentType)
    {
        var response = await probe.PostBytesAsync(Encoding.UTF8.GetBytes("""{"query":"{ __typename }"}"""), contentType);

        Assert.Equal(415, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.Codes);
    }

    [Theory]
    [InlineData("{ __typename", Probe.GraphQLResponse, 400)]
    [InlineData("{ __type(name: \"Query\") { noSuchField } }", Probe.GraphQLResponse, 400)]
    [InlineData("{ __typename", Probe.Json, 200)]
    [InlineData("{ __type(name: \"Query\") { noSuchField } }", Probe.Json, 200)]
    public async Task DocumentThatNeverRanAnswers400AsGraphQLResponseAnd200AsJson(string query, string accept, int status)
    {
        var response = await probe.PostAsync(query, accept: accept);

        Assert.Equal(status, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.False(response.HasData);
        Assert.Contains("VALIDATION", response.Codes);
    }

    [Theory]
    [InlineData(Probe.GraphQLResponse, 400)]
    [InlineData(Probe.Json, 200)]
    public async Task VariableCoercionFailureAnswersLikeValidation(string accept, int status)
    {
        var response = await probe.PostAsync("query Type($name: String!) { __type(name: $name) { name } }", new { name = (string?)null }, accept);

        Assert.Equal(status, response.Status);
        Assert.False(response.HasData);
        Assert.Equal(["VALIDATION"], response.Codes);
    }

    [Fact]
    public async Task OperationNameSelectsTheOperation()
    {
        var response = await probe.PostJsonAsync("""
            {"query":"query A { a: __typename } query B { b: __typename }","operationName":"B","variables":null,"extensions":{"x":1}}
            """);

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"b":"Query"}""", response.Json["data"]!.ToJsonString());
    }

    [Fact]
    public async Task SubscriptionOverPostPointsToWebSocket()
    {
        var response = await probe.PostAsync("subscription { __typename }");

        Assert.Equal(400, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.Codes);
    }
}
