using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Aula.Graph.Auth;

/// An ECDSA P-256 key kept in a local file (created on first use), so the CLI and every node sign and verify
/// with the same key. Its key id is the RFC 7638 thumbprint of its public part.
internal static class EcdsaKeyFile
{
    public static ECDsaSecurityKey Load(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        try
        {
            using var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(file);
            writer.Write(Convert.ToBase64String(ecdsa.ExportPkcs8PrivateKey()));
        }
        catch (IOException) when (File.Exists(full))
        {
            // Another process (or an earlier run) created it first: use that one.
            ecdsa.ImportPkcs8PrivateKey(Convert.FromBase64String(ReadWhenWritten(full)), out _);
        }
        var key = new ECDsaSecurityKey(ecdsa);
        key.KeyId = Base64UrlEncoder.Encode(JsonWebKeyConverter.ConvertFromECDsaSecurityKey(key).ComputeJwkThumbprint());
        return key;
    }

    private static string ReadWhenWritten(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            var text = File.ReadAllText(path).Trim();
            if (text.Length > 0 || attempt == 50)
            {
                return text;
            }
            Thread.Sleep(20);
        }
    }
}
