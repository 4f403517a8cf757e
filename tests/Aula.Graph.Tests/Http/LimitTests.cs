using System.Text;
using Aula.Graph.Data.Seed;
using Aula.Graph.Http;

namespace Aula.Graph.Tests.Http;

/// Every limit answers LIMIT_EXCEEDED: 413 for the body, otherwise like any document that never ran.
public sealed class LimitTests : IDisposable
{
    private static readonly int OverBody = new GraphQLLimitsOptions().MaxBodyBytes + 1024;
    private static readonly int OverSameName = new GraphQLLimitsOptions().MaxSameNameFields + 1;
    private readonly Probe probe = new();

    public void Dispose() => probe.Dispose();

    [Fact]
    public async Task BodyOverTheLimitIsRefusedWith413()
    {
        var response = await probe.PostAsync("{ __typename }", new { padding = new string('x', OverBody) });

        Assert.Equal(413, response.Status);
        Assert.Equal(["LIMIT_EXCEEDED"], response.Codes);
    }

    [Fact]
    public async Task BodyOverTheLimitIsRefusedWith413WithoutContentLength()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"x\":\"" + new string('x', OverBody) + "\"}")));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        content.Headers.ContentLength = null;
        var response = await probe.SendAsync(HttpMethod.Post, "/graphql", content, Probe.GraphQLResponse, null);

        Assert.Equal(413, response.Status);
        Assert.Equal(["LIMIT_EXCEEDED"], response.Codes);
    }

    [Fact]
    public async Task QueryStringOverTheLimitIsRefusedWith414()
    {
        var response = await probe.GetAsync("{ __typename }", "{\"x\":\"" + new string('x', OverBody) + "\"}");

        Assert.Equal(414, response.Status);
        Assert.Equal(["LIMIT_EXCEEDED"], response.Codes);
    }

    public static TheoryData<string, string> OverLimit => new()
    {
        { "tokens", "{ " + string.Concat(Enumerable.Repeat("__typename ", 5_001)) + "}" },
        { "deep", "{ " + string.Concat(Enumerable.Repeat("a { ", 13)) + "b" + new string('}', 14) },
        { "deep", "{ ...F0 } " + string.Concat(Enumerable.Range(0, 13).Select(i => $"fragment F{i} on Query {{ a {{ ...F{i + 1} }} }} ")) + "fragment F13 on Query { b }" },
        { "aliases", "{ " + string.Concat(Enumerable.Range(0, 31).Select(i => $"a{i}: __typename ")) + "}" },
        { "fields once fragments", "{ ...F0 } " + string.Concat(Enumerable.Range(0, 12).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ")) + "fragment F12 on Query { __typename }" },
        { "response name", "{ " + string.Concat(Enumerable.Range(0, OverSameName).Select(i => $"__type(name: \"T{i}\") {{ name }} ")) + "}" },
        { "response name", "{ " + string.Concat(Enumerable.Range(0, OverSameName).Select(i => $"...F{i} ")) + "} " + string.Concat(Enumerable.Range(0, OverSameName).Select(i => $"fragment F{i} on Query {{ __type(name: \"T{i}\") {{ name }} }} ")) },
        { "Introspection nests", "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }" },
        { "Introspection nests", "{ __type(name: \"Query\") { ...T } } fragment T on __Type { interfaces { possibleTypes { inputFields { name } } } }" },
    };

    [Theory]
    [MemberData(nameof(OverLimit))]
    public async Task DocumentOverALimitIsRefusedWithLimitExceeded(string reason, string query)
    {
        var refused = await probe.PostAsync(query, accept: Probe.GraphQLResponse);
        var legacy = await probe.PostAsync(query, accept: Probe.Json);

        Assert.True(refused.Status == 400, refused.ToString());
        Assert.Equal(["LIMIT_EXCEEDED"], refused.Codes);
        Assert.Contains(reason, refused.Errors[0]?["message"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(refused.HasData);
        Assert.Equal(200, legacy.Status);
        Assert.Equal(["LIMIT_EXCEEDED"], legacy.Codes);
    }

    [Fact]
    public async Task ErrorsAreCappedWithASummary()
    {
        var query = "{ __type(name: \"Query\") { " + string.Concat(Enumerable.Range(0, 25).Select(i => $"nope{i} ")) + "} }";

        var response = await probe.PostAsync(query);

        Assert.Equal(400, response.Status);
        Assert.Equal(20, response.Errors.Count);
        Assert.Equal("LIMIT_EXCEEDED", response.Codes[^1]);
        Assert.All(response.Codes.SkipLast(1), code => Assert.Equal("VALIDATION", code));
    }

    [Fact]
    public async Task ComplexityOverTheLimitIsRefusedWithLimitExceeded()
    {
        using var strict = new Probe(new Infrastructure.AulaFactory(settings: new Dictionary<string, string?>
        {
            ["GraphQL:Limits:MaxComplexity"] = "5",
        }));
        var token = strict.Factory.TokenFor(DemoLogins.Mette);

        var within = await strict.PostAsync("{ a: me { __typename } b: me { __typename } }", token: token);
        var over = await strict.PostAsync("{ " + string.Concat(Enumerable.Range(0, 6).Select(i => $"m{i}: me {{ __typename }} ")) + "}", token: token);

        Assert.Empty(within.Errors);
        Assert.Equal(400, over.Status);
        Assert.Equal(["LIMIT_EXCEEDED"], over.Codes);
        Assert.Contains("complex", over.Errors[0]?["message"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LimitsComeFromConfiguration()
    {
        using var strict = new Probe(new Infrastructure.AulaFactory(settings: new Dictionary<string, string?>
        {
            ["GraphQL:Limits:MaxAliases"] = "1",
            ["GraphQL:Limits:MaxErrors"] = "3",
        }));

        var aliases = await strict.PostAsync("{ a: __typename b: __typename }");
        var errors = await strict.PostAsync("{ __type(name: \"Query\") { x1 x2 x3 x4 x5 } }");

        Assert.Equal(["LIMIT_EXCEEDED"], aliases.Codes);
        Assert.Equal(["VALIDATION", "VALIDATION", "LIMIT_EXCEEDED"], errors.Codes);
    }

    [Fact]
    public void InvalidLimitsStopTheAppFromStarting()
    {
        using var factory = new Infrastructure.AulaFactory(settings: new Dictionary<string, string?>
        {
            ["GraphQL:Limits:MaxDepth"] = "0",
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("MaxDepth", error.ToString(), StringComparison.Ordinal);
    }
}
