namespace Aula.Graph.Tests.Http;

/// The introspection queries graphql-js clients send, generated once with `getIntrospectionQuery()`.
public sealed class IntrospectionLimitTests : IDisposable
{
    private readonly Probe probe = new();

    public void Dispose() => probe.Dispose();

    [Fact]
    public async Task StandardIntrospectionQueryPassesEveryLimit()
    {
        var response = await probe.PostAsync(await File.ReadAllTextAsync(Resource("introspection-default.graphql")));

        Assert.True(response.Status == 200, response.ToString());
        Assert.Empty(response.Errors);
        Assert.Equal("Query", response.Json["data"]?["__schema"]?["queryType"]?["name"]?.GetValue<string>());
    }

    /// GraphQL.NET 8 lacks two things the full query asks for, `__Type.specifiedByURL` and `includeDeprecated` on
    /// `__Directive.args`: the full query is refused for those alone, and without them it runs within every limit.
    [Fact]
    public async Task FullIntrospectionQueryPassesEveryLimit()
    {
        var full = await File.ReadAllTextAsync(Resource("introspection-full.graphql"));
        var directiveArgs = full.IndexOf("args(includeDeprecated: true)", full.IndexOf("directives {", StringComparison.Ordinal), StringComparison.Ordinal);
        var supported = (full[..directiveArgs] + "args" + full[(directiveArgs + "args(includeDeprecated: true)".Length)..])
            .Replace("specifiedByURL", "", StringComparison.Ordinal);

        var asked = await probe.PostAsync(full);
        var withoutGaps = await probe.PostAsync(supported);

        Assert.Equal(["VALIDATION", "VALIDATION"], asked.Codes);
        var messages = string.Join(' ', asked.Errors.Select(e => e?["message"]?.GetValue<string>()));
        Assert.Contains("specifiedByURL", messages, StringComparison.Ordinal);
        Assert.Contains("includeDeprecated", messages, StringComparison.Ordinal);
        Assert.True(withoutGaps.Status == 200, withoutGaps.ToString());
        Assert.Empty(withoutGaps.Errors);
        Assert.NotNull(withoutGaps.Json["data"]?["__schema"]?["directives"]?[0]?["isRepeatable"]);
    }

    /// The committed .graphql files sit beside this test's source; the test project's folder is above the binaries.
    private static string Resource(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "Http", "Resources", name);
            if (File.Exists(path))
            {
                return path;
            }
        }
        throw new FileNotFoundException("Test resource not found above " + AppContext.BaseDirectory, name);
    }
}
