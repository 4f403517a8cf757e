using System.Net;
using System.Net.Http.Headers;
using Aula.Graph.Tests.Infrastructure;
using Aula.Graph.Widgets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Aula.Graph.Tests.Widgets;

/// Widget tokens: what they carry, who gets one, and that the published key set verifies them.
public sealed class WidgetTokenTests : IDisposable
{
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task TheTokenCarriesAPseudonymTheScopesAndOnlyTheChildrenAtEnablingInstitutions()
    {
        var payload = await factory.WidgetTokenPayloadAsync("mette.hansen", WidgetWorld.Plans);
        var token = new JsonWebToken(payload["token"]!.GetValue<string>());

        Assert.Equal("ES256", token.Alg);
        Assert.Equal("widget:ugeplan-overblik", token.GetClaim("client_id").Value);
        Assert.Equal("groups:read plans:read", token.GetClaim("scope").Value);
        Assert.Equal([factory.Child("Sofie", "Hansen")], token.Claims.Where(c => c.Type == "children").Select(c => c.Value));
        Assert.Equal([factory.Child("Sofie", "Hansen")], payload["children"].Ids());
        // The subject is the stored pseudonym, 128 random bits, not anything derived from the person.
        Assert.Matches("^[0-9a-f]{32}$", token.Subject);
        Assert.Equal(factory.Query(db => db.WidgetPseudonyms.Single(w => w.PersonId == db.People.Single(p => p.Login == "mette.hansen").Id).Subject), token.Subject);
        Assert.True(token.ValidTo - token.ValidFrom <= TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task TheSubjectIsStablePerVendorAndDiffersBetweenVendors()
    {
        var first = new JsonWebToken(await factory.WidgetTokenAsync("mette.hansen", WidgetWorld.Plans));
        var again = new JsonWebToken(await factory.WidgetTokenAsync("mette.hansen", WidgetWorld.Plans));
        var otherVendor = new JsonWebToken(await factory.WidgetTokenAsync("mette.hansen", WidgetWorld.Day));
        var otherPerson = new JsonWebToken(await factory.WidgetTokenAsync("thomas.hansen", WidgetWorld.Plans));

        Assert.Equal(first.Subject, again.Subject);
        Assert.NotEqual(first.Subject, otherVendor.Subject);
        Assert.NotEqual(first.Subject, otherPerson.Subject);
    }

    [Theory]
    [InlineData("lars.nielsen", WidgetWorld.Plans)]  // no children
    [InlineData("peter.jensen", WidgetWorld.Day)]    // Noah's school did not enable it
    [InlineData("noah.jensen", WidgetWorld.Day)]     // for guardians only
    public async Task NobodyGetsATokenForAWidgetTheyCannotOpen(string login, string key)
    {
        var payload = await factory.WidgetTokenPayloadAsync(login, key);

        Assert.Null(payload["token"]);
        Assert.Equal("NOT_FOUND", payload["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task APupilGetsATokenAboutThemself()
    {
        var payload = await factory.WidgetTokenPayloadAsync("noah.jensen", WidgetWorld.Plans);

        Assert.Equal([factory.Child("Noah", "Jensen")], payload["children"].Ids());
    }

    [Fact]
    public async Task ThirdPartyClientsCannotHandOutWidgetTokens()
    {
        var payload = await factory.WidgetTokenPayloadAsync("mette.hansen", WidgetWorld.Plans, clientId: "some-other-app");

        Assert.Equal("FORBIDDEN", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(0, factory.Query(db => db.WidgetPseudonyms.Count()));
    }

    [Fact]
    public async Task TheKeySetVerifiesTheTokenWithAStandardJwtLibrary()
    {
        var token = await factory.WidgetTokenAsync("mette.hansen", WidgetWorld.Plans);
        using var http = factory.CreateClient();
        var json = await http.GetStringAsync("/.well-known/jwks.json");
        var keys = new JsonWebKeySet(json);
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = "aula-widgets",
            ValidAudience = "aula",
            IssuerSigningKeys = keys.GetSigningKeys(),
        };

        var valid = await new JsonWebTokenHandler().ValidateTokenAsync(token, parameters);
        var tampered = await new JsonWebTokenHandler().ValidateTokenAsync(Tamper(token), parameters);

        Assert.True(valid.IsValid, valid.Exception?.Message);
        Assert.False(tampered.IsValid);
        Assert.DoesNotContain("\"d\"", json, StringComparison.Ordinal);
        Assert.Equal(new JsonWebToken(token).Kid, Assert.Single(keys.Keys).Kid);
    }

    [Fact]
    public async Task DuringARotationBothKeysArePublishedAndVerifyAndARetiredKeyNoLonger()
    {
        var old = await factory.WidgetTokenAsync("mette.hansen", WidgetWorld.Plans);
        var database = factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("Aula");
        var oldKey = factory.Services.GetRequiredService<IOptions<WidgetOptions>>().Value.SigningKeyPath;
        // A node signing with a new key (its own) and still publishing the old one, on the same database.
        using var rotated = new AulaFactory(settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Aula"] = database,
            ["Widgets:PublishedKeyPaths:0"] = oldKey,
        });
        var fresh = await rotated.WidgetTokenAsync("mette.hansen", WidgetWorld.Plans);
        using var http = rotated.CreateClient();
        var keys = new JsonWebKeySet(await http.GetStringAsync("/.well-known/jwks.json"));

        Assert.Equal([new JsonWebToken(fresh).Kid, new JsonWebToken(old).Kid], keys.Keys.Select(k => k.Kid));
        Assert.NotEqual(new JsonWebToken(fresh).Kid, new JsonWebToken(old).Kid);
        foreach (var token in new[] { old, fresh })
        {
            var children = (await new GraphQLClient(rotated.CreateClient(), token).PostAsync("{ children { nodes { id } } }")).Ok();
            Assert.Equal([factory.Child("Sofie", "Hansen")], children["children"]!["nodes"].Ids());
        }

        // Once the old key is no longer published, its tokens are refused.
        using var retired = new AulaFactory(settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Aula"] = database,
            ["Widgets:SigningKeyPath"] = rotated.Services.GetRequiredService<IOptions<WidgetOptions>>().Value.SigningKeyPath,
        });
        Assert.Equal(401, (await new GraphQLClient(retired.CreateClient(), old).PostAsync("{ children { totalCount } }")).Status);
        Assert.Equal(200, (await new GraphQLClient(retired.CreateClient(), fresh).PostAsync("{ children { totalCount } }")).Status);
    }

    [Fact]
    public async Task AnExpiredWidgetTokenIsRefused()
    {
        using var clocked = new AulaFactory(new FakeTimeProvider(DateTimeOffset.UtcNow));
        var vendor = await clocked.VendorAsync("mette.hansen", WidgetWorld.Plans);
        Assert.Equal(200, (await vendor.PostAsync("{ children { totalCount } }")).Status);

        clocked.Clock!.Advance(TimeSpan.FromMinutes(16));

        Assert.Equal(401, (await vendor.PostAsync("{ children { totalCount } }")).Status);
    }

    [Fact]
    public async Task AWidgetTokenDoesNotOpenTheLiveChannel()
    {
        var token = await factory.WidgetTokenAsync("mette.hansen", WidgetWorld.Plans);
        using var http = factory.CreateClient();
        using var negotiate = new HttpRequestMessage(HttpMethod.Post, "/realtime/negotiate?negotiateVersion=1");
        negotiate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(negotiate)).StatusCode);
    }

    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("groups:read plans:read", "groups:read plans:reaD", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }
}
