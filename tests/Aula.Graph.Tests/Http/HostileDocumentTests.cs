namespace Aula.Graph.Tests.Http;

/// Documents written to hurt: each is refused or answered before the expensive phases, with a small answer.
/// (How long they take is measured in bench/, not asserted here.)
public sealed class HostileDocumentTests : IDisposable
{
    private const int MaxResponseBytes = 4 * 1024;

    private readonly Probe probe = new();

    public void Dispose() => probe.Dispose();

    public static TheoryData<string, string, string?> Documents => new()
    {
        { "1,000 aliases", "{ " + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"a{i}: __typename ")) + "}", "LIMIT_EXCEEDED" },
        { "100 levels of nesting", "{ " + string.Concat(Enumerable.Repeat("a { ", 100)) + "b" + new string('}', 101), "LIMIT_EXCEEDED" },
        { "10,000 fields with conflicting arguments", "{ " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"__type(name: \"{i}\") {{ name }} ")) + "}", "LIMIT_EXCEEDED" },
        { "400 fields with conflicting arguments", "{ " + string.Concat(Enumerable.Range(0, 400).Select(i => $"__type(name: \"{i}\") {{ name }} ")) + "}", "LIMIT_EXCEEDED" },
        { "1,000 aliased fields with conflicting arguments", "{ " + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"x: __type(name: \"{i}\") {{ name }} ")) + "}", "LIMIT_EXCEEDED" },
        { "300 fragments in conflict", "{ " + string.Concat(Enumerable.Range(0, 300).Select(i => $"...F{i} ")) + "} " + string.Concat(Enumerable.Range(0, 300).Select(i => $"fragment F{i} on Query {{ __type(name: \"{i}\") {{ name }} }} ")), "LIMIT_EXCEEDED" },
        { "fragments doubling 40 times", "{ ...F0 } " + string.Concat(Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ")) + "fragment F40 on Query { __typename }", "LIMIT_EXCEEDED" },
        { "introspection fanning out 6 lists deep", "{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } } } }", "LIMIT_EXCEEDED" },
        { "a huge string argument", "{ __type(name: \"" + new string('x', 60_000) + "\") { name } }", null },
        { "a huge field name", "{ " + new string('x', 60_000) + " }", "VALIDATION" },
        { "a huge comment", "{ __typename } #" + new string('x', 60_000), null },
        { "many unknown fields", "{ __type(name: \"Query\") { " + string.Concat(Enumerable.Range(0, 1_500).Select(i => $"f{i} ")) + "} }", "VALIDATION" },
        { "a fragment cycle", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", "VALIDATION" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task HostileDocumentGetsASmallAnswer(string name, string query, string? code)
    {
        var response = await probe.PostAsync(query);

        Assert.True(response.Status < 500, $"{name}: {response}");
        Assert.True(response.Body.Length < MaxResponseBytes, $"{name}: {response.Body.Length} bytes");
        if (code is null)
        {
            Assert.Empty(response.Errors);
        }
        else
        {
            Assert.Contains(code, response.Codes);
        }
    }

    [Fact]
    public async Task HugeVariablesGetASmallAnswer()
    {
        var variables = Enumerable.Range(0, 3_000).ToDictionary(i => $"v{i}", i => (object)i);
        variables["name"] = new string('x', 20_000);
        var response = await probe.PostAsync("query Q($name: String!) { __type(name: $name) { name } }", variables);

        Assert.Equal(200, response.Status);
        Assert.True(response.Body.Length < MaxResponseBytes, response.ToString());
    }

    [Fact]
    public async Task DeeplyNestedVariableValuesAreRefused()
    {
        var json = "{\"query\":\"{ __typename }\",\"variables\":{\"a\":" + new string('[', 10_000) + new string(']', 10_000) + "}}";
        var response = await probe.PostJsonAsync(json);

        Assert.Equal(400, response.Status);
        Assert.True(response.Body.Length < MaxResponseBytes);
        Assert.Equal(["BAD_REQUEST"], response.Codes);
    }
}
