using Aula.Graph.Basics;
using Aula.Realtime.Hubs;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Aula.Graph.Auth;

public static class AuthExtensions
{
    /// <summary>Bearer tokens from the identity provider, or from the development key when no authority is configured; and the platform's own widget tokens.</summary>
    public static IServiceCollection AddAulaAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration("Auth").ValidateOnStart();
        services.AddSingleton<DevelopmentKeyHolder>();
        services.AddSingleton<DevelopmentTokenIssuer>();
        services.AddAuthentication(DefaultScheme)
            .AddPolicyScheme(DefaultScheme, null, o => o.ForwardDefaultSelector = SelectScheme)
            .AddJwtBearer();
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
        services.AddAuthorization();
        return services;
    }

    private const string DefaultScheme = "Aula";

    /// The identity provider's scheme, unless a scheme the platform issues tokens for itself claims the bearer token.
    private static string SelectScheme(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var token = header["Bearer ".Length..].Trim();
            foreach (var scheme in http.RequestServices.GetServices<IBearerScheme>())
            {
                if (scheme.Claims(http, token))
                {
                    return scheme.Name;
                }
            }
        }
        return JwtBearerDefaults.AuthenticationScheme;
    }

    /// <summary>Token lifetimes follow the app's clock, so expiry is testable with a fake one.</summary>
    public static void FollowClock(JwtBearerOptions jwt, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(jwt);
        ArgumentNullException.ThrowIfNull(clock);
        jwt.MapInboundClaims = false;
        jwt.TimeProvider = clock;
        jwt.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return (notBefore is null || notBefore.Value <= now + parameters.ClockSkew)
                && (expires is null || expires.Value >= now - parameters.ClockSkew);
        };
    }

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
