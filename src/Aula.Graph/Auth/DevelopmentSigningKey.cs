using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Aula.Graph.Auth;

/// An ECDSA P-256 key kept in a local file, so the CLI and the server sign and verify with the same key.
internal static class DevelopmentSigningKey
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
        return new ECDsaSecurityKey(ecdsa) { KeyId = "aula-dev" };
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
