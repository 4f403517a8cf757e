using System.Security.Claims;
using System.Text.Json;
using Aula.Graph.Auth;
using Aula.Graph.Basics;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Aula.Graph.Widgets;

/// Issues widget tokens: ES256 JWTs that name the widget as the client, the person by the vendor's pseudonym, the
/// granted scopes and the children's global IDs.
public sealed class WidgetTokens(IOptions<WidgetOptions> options, IOptions<AuthOptions> auth, WidgetKeys keys, TimeProvider clock)
{
    public const string Scheme = "Widget";
    public const string ClientPrefix = "widget:";
    public const string ScopeClaim = "scope";
    public const string ChildrenClaim = "children";

    public (string Token, DateTimeOffset ExpiresAt) Issue(string widgetKey, string subject, IEnumerable<string> scopes, IEnumerable<string> childIds)
    {
        var now = clock.GetUtcNow();
        var expires = now + options.Value.TokenLifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = auth.Value.Audience,
            Subject = new ClaimsIdentity([
                new Claim(JwtRegisteredClaimNames.Sub, subject),
                new Claim(AulaClaims.ClientId, ClientPrefix + widgetKey),
                new Claim(ScopeClaim, string.Join(' ', scopes)),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            ]),
            Claims = new Dictionary<string, object> { [ChildrenClaim] = childIds.ToArray() },
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(keys.SigningKey, SecurityAlgorithms.EcdsaSha256),
        });
        return (token, expires);
    }

    /// The widget key a validated widget token names as its client.
    public static string? WidgetKeyOf(ClaimsPrincipal principal) =>
        AulaClaims.ClientIdOf(principal) is { } client && client.StartsWith(ClientPrefix, StringComparison.Ordinal) ? client[ClientPrefix.Length..] : null;

    /// The children's global IDs a validated widget token carries.
    public static IReadOnlyList<string> ChildrenOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.FindAll(ChildrenClaim).Select(c => c.Value).ToList();
    }

    public static IReadOnlySet<string> ScopesOf(ClaimsPrincipal principal) => WidgetScopes.Parse(principal?.FindFirst(ScopeClaim)?.Value);

    internal static bool IsWidgetToken(ClaimsPrincipal principal) => principal?.Identity?.AuthenticationType == Scheme;

    internal static string? IssuerOf(string token)
    {
        try
        {
            return new JsonWebToken(token).Issuer;
        }
        catch (Exception e) when (e is ArgumentException or JsonException)
        {
            return null;
        }
    }
}
