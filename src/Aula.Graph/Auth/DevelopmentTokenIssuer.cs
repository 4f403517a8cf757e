using System.Security.Claims;
using Aula.Graph.Basics;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Aula.Graph.Auth;

/// Issues tokens as the identity provider would, for the embedded default only.
public sealed class DevelopmentTokenIssuer(IOptions<AuthOptions> options, DevelopmentKeyHolder key, TimeProvider clock)
{
    /// A token for <paramref name="login"/>; with <paramref name="clientId"/> it names the OAuth client it was issued to.
    public string Issue(string login, bool secondFactor, string? clientId = null, TimeSpan? lifetime = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim> { new(JwtRegisteredClaimNames.Sub, login), new("amr", "pwd") };
        if (secondFactor)
        {
            claims.Add(new Claim("amr", AulaClaims.SecondFactor));
        }
        if (!string.IsNullOrEmpty(clientId))
        {
            claims.Add(new Claim(AulaClaims.ClientId, clientId));
        }
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.DevelopmentIssuer,
            Audience = options.Value.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? options.Value.DevelopmentTokenLifetime),
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.EcdsaSha256),
        });
    }
}

/// Loaded once per process.
public sealed class DevelopmentKeyHolder(IOptions<AuthOptions> options)
{
    private readonly Lazy<SecurityKey> key = new(() => EcdsaKeyFile.Load(options.Value.DevelopmentKeyPath));

    public SecurityKey Key => key.Value;
}
