using System.Security.Claims;
using Aula.Graph.Auth;
using Microsoft.Extensions.Options;

namespace Aula.Graph.Access;

/// Which OAuth clients are the platform's own (<see cref="AuthOptions.FirstPartyClients"/>). Reads through any
/// other client are third-party reads, logged per child (`AccessKind.ThirdPartyClient`).
public sealed class ClientPolicy(IOptionsMonitor<AuthOptions> options)
{
    /// A token without a client (the development tokens, the platform's own login) is first party.
    public bool IsThirdParty(string? clientId) =>
        !string.IsNullOrEmpty(clientId) && !options.CurrentValue.FirstPartyClients.Contains(clientId, StringComparer.Ordinal);

    public bool IsThirdParty(ClaimsPrincipal? user) => IsThirdParty(AulaClaims.ClientIdOf(user));
}
