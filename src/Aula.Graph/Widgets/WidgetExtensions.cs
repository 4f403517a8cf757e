using Aula.Graph.Access;
using Aula.Graph.Auth;
using GraphQL;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Aula.Graph.Widgets;

/// <summary>Third-party widgets: the registry's services, widget tokens and their scheme, the surface rule, trusted
/// documents, and the key set vendors verify widget tokens with.</summary>
public static class WidgetExtensions
{
    public const string KeySetPath = "/.well-known/jwks.json";

    public static IServiceCollection AddAulaWidgets(this IServiceCollection services)
    {
        services.AddOptions<WidgetOptions>().BindConfiguration(WidgetOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WidgetKeys>();
        services.AddSingleton<WidgetTokens>();
        services.AddSingleton<WidgetPseudonyms>();
        services.AddSingleton<TrustedDocuments>();
        services.AddSingleton<IViewerSource, WidgetViewers>();
        services.AddSingleton<IBearerScheme, WidgetTokenScheme>();
        services.AddAuthentication().AddJwtBearer(WidgetTokens.Scheme);
        services.AddOptions<JwtBearerOptions>(WidgetTokens.Scheme)
            .Configure<IOptions<AuthOptions>, IOptions<WidgetOptions>, WidgetKeys, TimeProvider>((jwt, auth, widgets, keys, clock) =>
            {
                AuthExtensions.FollowClock(jwt, clock);
                var parameters = jwt.TokenValidationParameters;
                (parameters.ValidIssuer, parameters.ValidAudience, parameters.IssuerSigningKeys) = (widgets.Value.Issuer, auth.Value.Audience, keys.VerifyingKeys);
                parameters.ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256];
                parameters.AuthenticationType = WidgetTokens.Scheme;
                parameters.NameClaimType = Basics.AulaClaims.Subject;
            });
        services.AddGraphQL(b => b.AddValidationRule<WidgetSurfaceRule>());
        return services;
    }

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
