using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Aula.Graph.Http.WebSockets;

/// Validates a <c>connection_init</c> token exactly as the HTTP bearer scheme does: same parameters, same
/// keys (the identity provider's, fetched through the scheme's own configuration manager, when one is set).
internal sealed class WebSocketAuthenticator(IOptionsMonitor<JwtBearerOptions> options)
{
    /// The person and the moment their token expires, or null when the token is missing or invalid.
    public async Task<(ClaimsPrincipal User, DateTimeOffset Expires)?> AuthenticateAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }
        var jwt = options.Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = jwt.TokenValidationParameters.Clone();
        // What JwtBearerHandler adds to the parameters at request time.
        if (string.IsNullOrEmpty(parameters.ValidAudience) && !string.IsNullOrEmpty(jwt.Audience))
        {
            parameters.ValidAudience = jwt.Audience;
        }
        if (jwt.ConfigurationManager is { } manager)
        {
            var configuration = await manager.GetConfigurationAsync(cancellationToken);
            parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], configuration.Issuer];
            parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. configuration.SigningKeys];
        }
        var handler = new JsonWebTokenHandler { MapInboundClaims = jwt.MapInboundClaims };
        var result = await handler.ValidateTokenAsync(token, parameters);
        return result.IsValid
            ? (new ClaimsPrincipal(result.ClaimsIdentity), new DateTimeOffset(result.SecurityToken.ValidTo, TimeSpan.Zero))
            : null;
    }
}
