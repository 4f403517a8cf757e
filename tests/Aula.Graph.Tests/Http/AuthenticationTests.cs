using Aula.Graph.Auth;
using Aula.Graph.Data.Seed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Aula.Graph.Tests.Http;

/// Anonymous callers may introspect and nothing else; a bad token is refused at the door.
public sealed class AuthenticationTests : IDisposable
{
    private const string Login = DemoLogins.Mette;

    private readonly Probe probe = new();

    public void Dispose() => probe.Dispose();

    [Theory]
    [InlineData("{ __typename }")]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Query\") { name } }")]
    [InlineData("{ ...F } fragment F on Query { __typename }")]
    public async Task AnonymousCallerMayIntrospect(string query)
    {
        var response = await probe.PostAsync(query);

        Assert.True(response.Status == 200, response.ToString());
        Assert.Empty(response.Errors);
    }

    [Theory]
    [InlineData("{ me { __typename } }")]
    [InlineData("{ __typename me { __typename } }")]
    [InlineData("{ ...F } fragment F on Query { me { __typename } }")]
    [InlineData("{ ... on Query { ... { me { __typename } } } }")]
    [InlineData("query A { __typename } query B { me { __typename } }", "B")]
    public async Task AnonymousCallerIsRefusedAnythingButIntrospection(string query, string? operationName = null)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { query, operationName });

        var response = await probe.PostJsonAsync(body, Probe.GraphQLResponse);
        var legacy = await probe.PostJsonAsync(body, Probe.Json);

        Assert.Equal(401, response.Status);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(["UNAUTHENTICATED"], response.Codes);
        Assert.False(response.HasData);
        Assert.Equal(200, legacy.Status);
        Assert.Equal(["UNAUTHENTICATED"], legacy.Codes);
    }

    [Fact]
    public async Task AnonymousMutationIsRefused()
    {
        var response = await probe.PostAsync("mutation { __typename anything }");

        Assert.Equal(401, response.Status);
        Assert.Contains("UNAUTHENTICATED", response.Codes);
    }

    [Fact]
    public async Task SignedInCallerPassesTheGate()
    {
        var response = await probe.PostAsync("{ me { __typename } }", token: probe.Factory.TokenFor(Login));

        Assert.True(response.Status == 200, response.ToString());
        Assert.Empty(response.Errors);
        Assert.NotNull(response.Json["data"]?["me"]?["__typename"]);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJtZXR0ZS5oYW5zZW4ifQ.")]
    public async Task InvalidBearerTokenIsRefusedWith401(string token)
    {
        foreach (var query in new[] { "{ __typename }", "{ me { __typename } }" })
        {
            var response = await probe.PostAsync(query, token: token, accept: Probe.Json);

            Assert.Equal(401, response.Status);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
            Assert.Equal(["UNAUTHENTICATED"], response.Codes);
        }
    }

    [Fact]
    public async Task ExpiredBearerTokenIsRefusedWith401()
    {
        var services = probe.Factory.Services;
        var yesterday = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-1));
        var token = new DevelopmentTokenIssuer(services.GetRequiredService<IOptions<AuthOptions>>(), services.GetRequiredService<DevelopmentKeyHolder>(), yesterday)
            .Issue(Login, secondFactor: false);

        var response = await probe.PostAsync("{ me { __typename } }", token: token);

        Assert.Equal(401, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.Codes);
    }

    [Fact]
    public async Task TokenSignedByAnotherKeyIsRefusedWith401()
    {
        using var other = new Infrastructure.AulaFactory();
        var response = await probe.PostAsync("{ __typename }", token: other.TokenFor(Login));

        Assert.Equal(401, response.Status);
    }
}
