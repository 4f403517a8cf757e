using System.Security.Claims;
using Aula.Graph.Basics;
using Microsoft.Extensions.Options;

namespace Aula.Graph.Access;

/// Which OAuth clients are the platform's own (<see cref="ClientOptions.FirstPartyClients"/>). Reads through any
/// other client are third-party reads, logged per child (`AccessKind.ThirdPartyClient`).
public sealed class ClientPolicy(IOptionsMonitor<ClientOptions> options)
{
    /// A token without a client (the development tokens, the platform's own login) is first party.
    public bool IsThirdParty(string? clientId) =>
        !string.IsNullOrEmpty(clientId) && !options.CurrentValue.FirstPartyClients.Contains(clientId, StringComparer.Ordinal);

    public bool IsThirdParty(ClaimsPrincipal? user) => IsThirdParty(AulaClaims.ClientIdOf(user));
}

/// <summary>The platform's own OAuth clients, bound from the <c>Auth</c> section beside the token settings.</summary>
public sealed class ClientOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// The platform's own apps, by OAuth client id (<c>client_id</c> or <c>azp</c>). A token from any other client is a
    /// third-party client, and every read through it is written to the access log. Tokens without a client are first party.
    /// </summary>
    public IList<string> FirstPartyClients { get; } = [];
}
