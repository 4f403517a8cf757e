namespace Aula.Graph.Http.WebSockets;

/// The socket transport's log lines: ids and codes only, never documents, variables, payloads or tokens.
internal static partial class WebSocketLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "GraphQL WebSocket {ConnectionId} closed by the server with {Code}: {Reason}")]
    public static partial void Closing(ILogger logger, string connectionId, int code, string reason);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "GraphQL WebSocket {ConnectionId} refused its connection_init token")]
    public static partial void InvalidToken(ILogger logger, string connectionId);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Error, Message = "GraphQL WebSocket {ConnectionId} operation {OperationId} failed")]
    public static partial void OperationFailed(ILogger logger, string connectionId, string operationId, Exception exception);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Debug, Message = "GraphQL WebSocket {ConnectionId} ended: {Reason}")]
    public static partial void Ended(ILogger logger, string connectionId, string reason);
}
