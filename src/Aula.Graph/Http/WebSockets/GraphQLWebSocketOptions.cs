using System.ComponentModel.DataAnnotations;

namespace Aula.Graph.Http.WebSockets;

/// <summary>GraphQL over WebSocket (graphql-transport-ws) at <c>/graphql</c>. Bound from <c>GraphQL:WebSockets</c>.</summary>
public sealed class GraphQLWebSocketOptions
{
    public const string Section = "GraphQL:WebSockets";

    /// <summary>How long a socket may stay open before its <c>connection_init</c>; then it is closed with 4408.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long the server waits for the client's close frame after sending its own, before dropping the socket.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Messages queued for a slow client before it is disconnected; the client then catches up by sequence.</summary>
    [Range(1, 100_000)]
    public int MaxPendingMessages { get; set; } = 1_000;

    /// <summary>Operations one socket may run at once; more closes it with 4400.</summary>
    [Range(1, 10_000)]
    public int MaxOperations { get; set; } = 100;
}
