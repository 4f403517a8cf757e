using System.Security.Claims;

namespace Aula.Graph.Basics;

public static class AulaClaims
{
    public const string Subject = "sub";
    public const string AuthenticationMethods = "amr";
    public const string ClientId = "client_id";
    public const string AuthorizedParty = "azp";

    /// The `amr` value that marks a login with a second factor (step-up).
    public const string SecondFactor = "mfa";

    /// The OAuth client a token was issued to: `client_id`, else `azp`; null when it names none.
    public static string? ClientIdOf(ClaimsPrincipal? user) =>
        user?.FindFirst(ClientId)?.Value ?? user?.FindFirst(AuthorizedParty)?.Value;
}
