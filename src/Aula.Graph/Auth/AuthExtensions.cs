using Aula.Realtime.Hubs;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Aula.Graph.Auth;

public static class AuthExtensions
{
    /// <summary>Bearer tokens from the identity provider, or from the development key when no authority is configured; and the platform's own widget tokens.</summary>
    public static IServiceCollection AddAulaAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration("Auth")
            .Validate(o => o.FirstPartyClients.All(c => !string.IsNullOrWhiteSpace(c)), "Auth:FirstPartyClients must not hold empty client ids.")
            .ValidateOnStart();
        services.AddSingleton<DevelopmentKeyHolder>();
        services.AddSingleton<DevelopmentTokenIssuer>();
        services.AddOptions<WidgetOptions>().BindConfiguration(WidgetOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WidgetKeys>();
        services.AddSingleton<WidgetTokens>();
        services.AddAuthentication(DefaultScheme)
            .AddPolicyScheme(DefaultScheme, null, o => o.ForwardDefaultSelector = SelectScheme)
            .AddJwtBearer()
            .AddJwtBearer(WidgetTokens.Scheme);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, DevelopmentKeyHolder, TimeProvider>((jwt, auth, key, clock) =>
            {
                FollowClock(jwt, clock);
                // Browsers cannot set headers on a WebSocket: the live channel's token comes in the query string.
                jwt.Events ??= new JwtBearerEvents();
                jwt.Events.OnMessageReceived = context =>
                {
                    var token = context.Request.Query["access_token"].ToString();
                    if (token.Length > 0 && context.Request.Path.StartsWithSegments(ThreadHub.Path, StringComparison.Ordinal))
                    {
                        context.Token = token;
                    }
                    return Task.CompletedTask;
                };
                jwt.Audience = auth.Value.Audience;
                jwt.TokenValidationParameters.NameClaimType = AulaClaims.Subject;
                if (!string.IsNullOrEmpty(auth.Value.Authority))
                {
                    jwt.Authority = auth.Value.Authority;
                    return;
                }
                jwt.TokenValidationParameters.ValidIssuer = AuthOptions.DevelopmentIssuer;
                jwt.TokenValidationParameters.IssuerSigningKey = key.Key;
            });
        services.AddOptions<JwtBearerOptions>(WidgetTokens.Scheme)
            .Configure<IOptions<AuthOptions>, IOptions<WidgetOptions>, WidgetKeys, TimeProvider>((jwt, auth, widgets, keys, clock) =>
            {
                FollowClock(jwt, clock);
                var parameters = jwt.TokenValidationParameters;
                (parameters.ValidIssuer, parameters.ValidAudience, parameters.IssuerSigningKeys) = (widgets.Value.Issuer, auth.Value.Audience, keys.VerifyingKeys);
                parameters.ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256];
                parameters.AuthenticationType = WidgetTokens.Scheme;
                parameters.NameClaimType = AulaClaims.Subject;
            });
        services.AddAuthorization();
        return services;
    }

    private const string DefaultScheme = "Aula";

    /// Widget tokens are good for `/graphql` over HTTP only: the live channel and WebSockets take the identity
    /// provider's tokens alone. The issuer (read unvalidated) only picks the scheme that then validates the token.
    private static string SelectScheme(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return http.Request.Path == "/graphql" && !http.WebSockets.IsWebSocketRequest
            && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && WidgetTokens.IssuerOf(header["Bearer ".Length..].Trim()) is { } issuer
            && issuer == http.RequestServices.GetRequiredService<IOptions<WidgetOptions>>().Value.Issuer
            ? WidgetTokens.Scheme
            : JwtBearerDefaults.AuthenticationScheme;
    }

    private static void FollowClock(JwtBearerOptions jwt, TimeProvider clock)
    {
        jwt.MapInboundClaims = false;
        jwt.TimeProvider = clock;
        // Token lifetimes follow the app's clock too, so expiry is testable with a fake one.
        jwt.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return (notBefore is null || notBefore.Value <= now + parameters.ClockSkew)
                && (expires is null || expires.Value >= now - parameters.ClockSkew);
        };
    }

    /// <summary>
    /// In Development only: <c>POST /dev/token</c> with <c>{"login":"...","mfa":false}</c>, an optional <c>"clientId"</c>
    /// and an optional <c>"lifetimeSeconds"</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapAulaDevelopmentTokens(this IEndpointRouteBuilder app, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            app.MapPost("/dev/token", (DevTokenRequest request, DevelopmentTokenIssuer issuer) =>
                string.IsNullOrWhiteSpace(request.Login) || request.LifetimeSeconds <= 0
                    ? Results.BadRequest(new { error = "login is required, and lifetimeSeconds must be positive" })
                    : Results.Ok(new
                    {
                        token = issuer.Issue(request.Login.Trim(), request.Mfa, request.ClientId,
                            request.LifetimeSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null),
                    }));
        }
        return app;
    }

    internal sealed record DevTokenRequest(string? Login, bool Mfa, string? ClientId = null, int? LifetimeSeconds = null);
}
