using Aula.Graph.Messaging;
using Aula.Realtime.Events;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Aula.Graph.Http.WebSockets;

/// <summary>GraphQL subscriptions over graphql-transport-ws.</summary>
public static class WebSocketExtensions
{
    /// <summary>The socket transport, its <see cref="GraphQLWebSocketOptions"/>, and an in-memory live event bus
    /// unless the live channel registered another (Redis across nodes).</summary>
    public static IServiceCollection AddAulaWebSockets(this IServiceCollection services)
    {
        services.AddOptions<GraphQLWebSocketOptions>()
            .BindConfiguration(GraphQLWebSocketOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILiveEventBus, InMemoryLiveEventBus>();
        services.AddSingleton<WebSocketAuthenticator>();
        services.AddSingleton<GraphQLWsExecutor>();
        services.AddSingleton<GraphQLWsHandler>();
        return services;
    }

    /// <summary>The Subscription root, a fresh DI scope and cost report per event, and the viewer seeded from the execution's user.</summary>
    public static IGraphQLBuilder AddAulaSubscriptions(this IGraphQLBuilder builder) =>
        builder
            .AddExecutionStrategy<CostedSubscriptionStrategy>(GraphQLParser.AST.OperationType.Subscription)
            .AddDocumentListener<ViewerSeedListener>()
            .ConfigureSchema((schema, services) => schema.Subscription = services.GetRequiredService<ThreadSubscriptions>());

    /// <summary>Serves a WebSocket request to the GraphQL endpoint.</summary>
    public static Task HandleGraphQLWebSocketAsync(this HttpContext http) =>
        http.RequestServices.GetRequiredService<GraphQLWsHandler>().HandleAsync(http);
}
