using Aula.Graph.Auth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Aula.Graph.Widgets;

/// The keys of widget tokens, loaded once per process: the signing key, and the published keys a rotation keeps
/// beside it (the next key before it signs, the previous one until its last tokens expire). All of them verify
/// and all are in the key set; only the signing key signs.
public sealed class WidgetKeys(IOptions<WidgetOptions> options)
{
    private readonly Lazy<ECDsaSecurityKey[]> keys = new(() =>
        [.. new[] { options.Value.SigningKeyPath }.Concat(options.Value.PublishedKeyPaths).Select(EcdsaKeyFile.Load).DistinctBy(k => k.KeyId)]);

    public SecurityKey SigningKey => keys.Value[0];

    public IEnumerable<SecurityKey> VerifyingKeys => keys.Value;

    /// RFC 7517: only the public parameters, never `d`.
    public object KeySet() => new
    {
        keys = keys.Value.Select(key =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(key);
            return new { kty = jwk.Kty, crv = jwk.Crv, x = jwk.X, y = jwk.Y, kid = key.KeyId, use = "sig", alg = SecurityAlgorithms.EcdsaSha256 };
        }),
    };
}
