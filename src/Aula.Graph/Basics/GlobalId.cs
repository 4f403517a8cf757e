using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Aula.Graph.Basics;

/// Opaque Relay IDs: base64url of `Type:key`. Clients must not parse them.
public static class GlobalId
{
    public static string Encode(string typeName, long key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{typeName}:{key}")));

    public static bool TryDecode(string? id, out string typeName, out long key)
    {
        typeName = "";
        key = 0;
        if (string.IsNullOrEmpty(id) || id.Length > 100 || !Base64Url.IsValid(id))
        {
            return false;
        }
        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !long.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out key) || key <= 0)
        {
            return false;
        }
        typeName = text[..colon];
        // One ID per object: "Child:020" is not another spelling of "Child:20".
        return text[(colon + 1)..] == key.ToString(CultureInfo.InvariantCulture);
    }

    /// The key of an ID of the expected type, or null: a malformed ID, or one of another type, names nothing.
    public static int? Decode(string? id, string expectedType) =>
        TryDecode(id, out var type, out var key) && type == expectedType && key <= int.MaxValue ? (int)key : null;

}
