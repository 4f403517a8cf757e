using Aula.Graph.Auth;
using Microsoft.Extensions.Options;

namespace Aula.Graph.Widgets;

/// Widget tokens carry the widget issuer and are only good for queries over HTTP at /graphql.
internal sealed class WidgetTokenScheme(IOptions<WidgetOptions> options) : IBearerScheme
{
    public string Name => WidgetTokens.Scheme;

    public bool Claims(HttpContext http, string token) =>
        http.Request.Path == "/graphql" && !http.WebSockets.IsWebSocketRequest
        && WidgetTokens.IssuerOf(token) is { } issuer && issuer == options.Value.Issuer;
}
