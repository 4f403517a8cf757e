using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Aula.Graph.Auth;

/// The key widget tokens are signed with, loaded once per process, and its public half as a JSON Web Key Set.
public sealed class WidgetKeys(IOptions<WidgetOptions> options)
{
    private readonly Lazy<ECDsaSecurityKey> key = new(() => EcdsaKeyFile.Load(options.Value.SigningKeyPath));

    public SecurityKey SigningKey => key.Value;

    /// RFC 7517: only the public parameters, never `d`.
    public object KeySet()
    {
        var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(key.Value);
        return new
        {
            keys = new[]
            {
                new { kty = jwk.Kty, crv = jwk.Crv, x = jwk.X, y = jwk.Y, kid = key.Value.KeyId, use = "sig", alg = SecurityAlgorithms.EcdsaSha256 },
            },
        };
    }
}
