namespace Aula.Graph.Auth;

/// <summary>Token validation. Bound from the <c>Auth</c> section.</summary>
public sealed class AuthOptions
{
    /// <summary>The identity provider (OpenID Connect issuer). Unset: tokens signed by the development key.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must carry.</summary>
    public string Audience { get; set; } = "aula";

    /// <summary>Where the development signing key is kept (created on first use).</summary>
    public string DevelopmentKeyPath { get; set; } = "data/dev-signing-key.json";

    /// <summary>How long a development token lives.</summary>
    public TimeSpan DevelopmentTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    internal const string DevelopmentIssuer = "aula-dev";
}
