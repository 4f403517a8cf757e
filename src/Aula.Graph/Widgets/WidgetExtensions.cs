using Aula.Graph.Auth;

namespace Aula.Graph.Widgets;

/// <summary>Third-party widgets: the registry's services and the key set vendors verify widget tokens with.</summary>
public static class WidgetExtensions
{
    public const string KeySetPath = "/.well-known/jwks.json";

    /// <summary>Pseudonyms per vendor. Token validation is in <see cref="AuthExtensions.AddAulaAuth"/>.</summary>
    public static IServiceCollection AddAulaWidgets(this IServiceCollection services) =>
        services.AddSingleton<WidgetPseudonyms>();

    /// <summary><c>GET /.well-known/jwks.json</c>: the public key of widget tokens (RFC 7517), cacheable for five minutes.</summary>
    public static IEndpointRouteBuilder MapAulaWidgets(this IEndpointRouteBuilder app)
    {
        app.MapGet(KeySetPath, (WidgetKeys keys, HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Json(keys.KeySet(), contentType: "application/jwk-set+json");
        });
        return app;
    }
}
