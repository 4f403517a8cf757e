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

    /// <summary>
    /// The platform's own apps, by OAuth client id (<c>client_id</c> or <c>azp</c>). A token from any other client is a
    /// third-party client, and every read through it is written to the access log. Tokens without a client are first party.
    /// </summary>
    public IList<string> FirstPartyClients { get; } = [];

    /// <summary>How long a development token lives.</summary>
    public TimeSpan DevelopmentTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    internal const string DevelopmentIssuer = "aula-dev";
}
