using System.Text;

namespace Aula.Graph.Tests.Http;

/// Whatever bytes arrive, the answer is a 4xx with a GraphQL error body, never a 5xx.
public sealed class MalformedRequestTests : IDisposable
{
    private readonly Probe probe = new();

    public void Dispose() => probe.Dispose();

    public static TheoryData<string, byte[]> Bodies => new()
    {
        { "invalid JSON", "{ \"query\": "u8.ToArray() },
        { "empty body", [] },
        { "JSON null", "null"u8.ToArray() },
        { "a batch", """[{"query":"{ __typename }"}]"""u8.ToArray() },
        { "a string", "\"{ __typename }\""u8.ToArray() },
        { "invalid UTF-8 in query", [.. "{\"query\":\"{ __typename } #"u8, 0xC3, 0x28, 0xFF, .. "\"}"u8] },
        { "invalid UTF-8 in a variable", [.. "{\"query\":\"{ __typename }\",\"variables\":{\"a\":\""u8, 0xED, 0xA0, 0x80, .. "\"}}"u8] },
        { "invalid UTF-8 in a key", [.. "{\"query\":\"{ __typename }\",\""u8, 0xFE, .. "\":1}"u8] },
        { "lone surrogate in query", """{"query":"{ __typename } # \ud800"}"""u8.ToArray() },
        { "lone surrogate in a variable", """{"query":"{ __typename }","variables":{"a":"\udc00x"}}"""u8.ToArray() },
        { "lone surrogate in an extension", """{"query":"{ __typename }","extensions":{"a":["\ud83d"]}}"""u8.ToArray() },
        { "missing query", """{"qeury":"{ __typename }"}"""u8.ToArray() },
        { "null query", """{"query":null}"""u8.ToArray() },
        { "empty query", """{"query":""}"""u8.ToArray() },
        { "numeric query", """{"query":1}"""u8.ToArray() },
        { "object query", """{"query":{"a":1}}"""u8.ToArray() },
        { "array query", """{"query":["{ __typename }"]}"""u8.ToArray() },
        { "numeric operationName", """{"query":"{ __typename }","operationName":1}"""u8.ToArray() },
        { "boolean operationName", """{"query":"{ __typename }","operationName":false}"""u8.ToArray() },
        { "string variables", """{"query":"{ __typename }","variables":"{}"}"""u8.ToArray() },
        { "array variables", """{"query":"{ __typename }","variables":[]}"""u8.ToArray() },
        { "numeric variables", """{"query":"{ __typename }","variables":0}"""u8.ToArray() },
        { "string extensions", """{"query":"{ __typename }","extensions":"x"}"""u8.ToArray() },
        { "array extensions", """{"query":"{ __typename }","extensions":[1]}"""u8.ToArray() },
        { "JSON nested too deeply", Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"variables\":{\"a\":" + new string('[', 500) + new string(']', 500) + "}}") },
        { "trailing garbage", """{"query":"{ __typename }"} x"""u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task MalformedBodyIsRefusedWith400AndBadRequest(string name, byte[] body)
    {
        foreach (var accept in new[] { Probe.GraphQLResponse, Probe.Json })
        {
            var response = await probe.PostBytesAsync(body, "application/json", accept);

            Assert.True(response.Status == 400, $"{name} as {accept}: {response}");
            Assert.Equal(["BAD_REQUEST"], response.Codes);
            Assert.False(response.HasData);
            Assert.Equal(accept, response.MediaType);
        }
    }

    [Theory]
    [InlineData("query={ __typename }&variables=nope")]
    [InlineData("query={ __typename }&variables=[1]")]
    [InlineData("query={ __typename }&extensions=\"x\"")]
    [InlineData("query={ __typename }&query={ __typename }")]
    [InlineData("variables={}")]
    [InlineData("query=")]
    public async Task MalformedQueryStringIsRefusedWith400AndBadRequest(string parameters)
    {
        var query = string.Join('&', parameters.Split('&').Select(p => p.Split('=', 2)).Select(p => p[0] + "=" + Uri.EscapeDataString(p[1])));
        var response = await probe.SendAsync(HttpMethod.Get, "/graphql?" + query, null, Probe.GraphQLResponse, null);

        Assert.True(response.Status == 400, response.ToString());
        Assert.Equal(["BAD_REQUEST"], response.Codes);
    }

    [Fact]
    public async Task NullParametersAreAccepted()
    {
        var response = await probe.PostJsonAsync("""{"query":"{ __typename }","operationName":null,"variables":null,"extensions":null}""");

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"__typename":"Query"}""", response.Json["data"]!.ToJsonString());
        Assert.Equal(["data", "extensions"], response.Json.Select(p => p.Key));
    }

    [Fact]
    public async Task ByteOrderMarkBeforeTheBodyIsAccepted()
    {
        var response = await probe.PostBytesAsync([0xEF, 0xBB, 0xBF, .. """{"query":"{ __typename }"}"""u8], "application/json; charset=UTF-8");

        Assert.Equal(200, response.Status);
    }
}
