using System.ComponentModel.DataAnnotations;

namespace Aula.Graph.Widgets;

/// <summary>Widget tokens. Bound from the <c>Widgets</c> section.</summary>
public sealed class WidgetOptions
{
    public const string Section = "Widgets";

    /// <summary>The <c>iss</c> of widget tokens; vendors check it against the key set at <c>/.well-known/jwks.json</c>.</summary>
    [Required]
    public string Issuer { get; set; } = "aula-widgets";

    /// <summary>How long a widget token lives: short, so a disabled widget or withdrawn consent needs no revocation list.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Where the platform's widget signing key (ECDSA P-256) is kept; created on first use. Every node must share it.</summary>
    [Required]
    public string SigningKeyPath { get; set; } = "data/widget-signing-key.json";

    /// <summary>
    /// Keys published and accepted beside the signing key during a rotation (created on first use): first the next
    /// key, published before it signs, then the previous one, kept until the tokens it signed have expired.
    /// </summary>
    public IList<string> PublishedKeyPaths { get; } = [];
}
