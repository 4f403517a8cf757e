using System.Net;
using System.Net.Http.Json;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Aula.Graph.Tests.Auth;

public sealed class DevelopmentTokenTests
{
    [Fact]
    public async Task DevelopmentIssuesATokenThatTheGraphAccepts()
    {
        using var factory = new AulaFactory();
        var http = factory.CreateClient();
        var response = await http.PostAsJsonAsync("/dev/token", new { login = "mette.hansen", mfa = true });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenBody>())!.Token;

        var me = (await new GraphQLClient(http, token).PostAsync("{ me { assuranceLevel person { firstName } } }")).Ok()["me"]!;
        Assert.Equal("Mette", me["person"]!["firstName"]!.GetValue<string>());
        Assert.Equal("SECOND_FACTOR", me["assuranceLevel"]!.GetValue<string>());
    }

    [Fact]
    public async Task ATokenCanBeAskedForWithAShortLifetime()
    {
        using var factory = new AulaFactory();
        var http = factory.CreateClient();

        var response = await http.PostAsJsonAsync("/dev/token", new { login = "mette.hansen", mfa = false, lifetimeSeconds = 90 });
        var refused = await http.PostAsJsonAsync("/dev/token", new { login = "mette.hansen", mfa = false, lifetimeSeconds = 0 });

        var token = new JsonWebToken((await response.Content.ReadFromJsonAsync<TokenBody>())!.Token);
        Assert.Equal(TimeSpan.FromSeconds(90), token.ValidTo - token.IssuedAt);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task TokenEndpointDoesNotExistOutsideDevelopment()
    {
        using var factory = new AulaFactory(environment: "Production");
        var response = await factory.CreateClient().PostAsJsonAsync("/dev/token", new { login = "mette.hansen", mfa = false });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ATokenSignedByAnotherKeyIsRefused()
    {
        using var other = new AulaFactory();
        using var factory = new AulaFactory();
        var foreign = other.TokenFor("mette.hansen");

        var response = await new GraphQLClient(factory.CreateClient(), foreign).PostAsync("{ me { __typename } }");
        Assert.Equal(401, response.Status);
        Assert.Contains("UNAUTHENTICATED", response.Codes);
    }

    [Fact]
    public async Task ATokenPastItsLifetimeIsRefused()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var factory = new AulaFactory(clock);
        var client = factory.GraphQL("mette.hansen");
        Assert.Equal(200, (await client.PostAsync("{ me { __typename } }")).Status);

        clock.Advance(TimeSpan.FromHours(9));
        var expired = await client.PostAsync("{ me { __typename } }");

        Assert.Equal(401, expired.Status);
        Assert.Contains("UNAUTHENTICATED", expired.Codes);
    }

    private sealed record TokenBody(string Token);
}
