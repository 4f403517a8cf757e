using Aula.Graph.Http.Cost;
using Aula.Graph.Http.WebSockets;
using GraphQL;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Aula.Graph.Http;

/// <summary>GraphQL over HTTP at <c>/graphql</c>, its limits, and the health endpoints.</summary>
public static class HttpExtensions
{
    private const string ReadyTag = "ready";

    /// <summary>The transports (HTTP and graphql-transport-ws), their <see cref="GraphQLLimitsOptions"/>, error codes,
    /// complexity and cost, and the database health check.</summary>
    public static IServiceCollection AddAulaHttp(this IServiceCollection services)
    {
        services.AddOptions<GraphQLLimitsOptions>()
            .BindConfiguration(GraphQLLimitsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddAulaWebSockets();
        services.AddGraphQL(b => b
            .AddAulaErrorHandling()
            .UseMiddleware<CostCounter>()
            .AddAulaIntrospection()
            .AddAulaComplexityLimit()
            .AddAulaSubscriptions());
        services.AddOptions<CostOptions>().BindConfiguration(CostOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Shared through Redis when the live channel has it, else this node's own.
        services.AddSingleton<ICostBudgets>(sp => sp.GetService<StackExchange.Redis.IConnectionMultiplexer>() is null
            ? ActivatorUtilities.CreateInstance<CostBudgets>(sp)
            : ActivatorUtilities.CreateInstance<RedisCostBudgets>(sp));
        services.AddScoped<RequestCost>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    /// <summary>WebSocket upgrades (for subscriptions); the endpoint does its own checks after authentication.</summary>
    public static IApplicationBuilder UseAulaHttp(this IApplicationBuilder app) => app.UseWebSockets();

    /// <summary>Maps <c>/graphql</c> for every method: WebSocket upgrades speak graphql-transport-ws; otherwise the
    /// HTTP handler answers 405 to all but GET and POST.</summary>
    public static IEndpointRouteBuilder MapAulaGraphQL(this IEndpointRouteBuilder app)
    {
        app.Map("/graphql", http => http.WebSockets.IsWebSocketRequest
            ? http.HandleGraphQLWebSocketAsync()
            : http.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(http));
        return app;
    }

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: and its database does too.</summary>
    public static IEndpointRouteBuilder MapAulaHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
