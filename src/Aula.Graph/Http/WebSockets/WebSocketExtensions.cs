using GraphQL;
using GraphQL.DI;

namespace Aula.Graph.Http.WebSockets;

/// <summary>GraphQL subscriptions over graphql-transport-ws.</summary>
public static class WebSocketExtensions
{
    /// <summary>The socket transport and its <see cref="GraphQLWebSocketOptions"/>; events come from the live channel's bus.</summary>
    public static IServiceCollection AddAulaWebSockets(this IServiceCollection services)
    {
        services.AddOptions<GraphQLWebSocketOptions>()
            .BindConfiguration(GraphQLWebSocketOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<WebSocketAuthenticator>();
        services.AddSingleton<GraphQLWsExecutor>();
        services.AddSingleton<GraphQLWsHandler>();
        return services;
    }

    /// <summary>A fresh DI scope and cost report per subscription event, and the viewer seeded from the execution's user.</summary>
    public static IGraphQLBuilder AddAulaSubscriptions(this IGraphQLBuilder builder) =>
        builder
            .AddExecutionStrategy<CostedSubscriptionStrategy>(GraphQLParser.AST.OperationType.Subscription)
            .AddDocumentListener<ViewerSeedListener>();

    /// <summary>Serves a WebSocket request to the GraphQL endpoint.</summary>
    public static Task HandleGraphQLWebSocketAsync(this HttpContext http) =>
        http.RequestServices.GetRequiredService<GraphQLWsHandler>().HandleAsync(http);
}
