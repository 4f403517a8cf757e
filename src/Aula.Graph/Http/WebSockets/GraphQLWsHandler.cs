using System.Net.WebSockets;
using Microsoft.Extensions.Options;

namespace Aula.Graph.Http.WebSockets;

/// What every socket shares.
internal sealed record GraphQLWsServices(
    GraphQLWsExecutor Executor,
    WebSocketAuthenticator Authenticator,
    GraphQLWebSocketOptions Options,
    int MaxMessageBytes,
    TimeProvider Time,
    ILogger Logger);

/// WebSocket requests to <c>/graphql</c>: graphql-transport-ws only.
internal sealed class GraphQLWsHandler(
    GraphQLWsExecutor executor,
    WebSocketAuthenticator authenticator,
    IOptions<GraphQLWebSocketOptions> options,
    IOptions<GraphQLLimitsOptions> limits,
    TimeProvider time,
    ILogger<GraphQLWsHandler> logger)
{
    private readonly GraphQLWsServices services =
        new(executor, authenticator, options.Value, limits.Value.MaxBodyBytes, time, logger);

    public async Task HandleAsync(HttpContext http)
    {
        var acceptable = http.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWs.SubProtocol, StringComparer.Ordinal);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(acceptable ? GraphQLWs.SubProtocol : null);
        if (!acceptable)
        {
            // As graphql-ws's own server does: accept, then say why in the close frame.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            timeout.CancelAfter(services.Options.CloseTimeout);
            try
            {
                await socket.CloseAsync((WebSocketCloseStatus)GraphQLWs.SubprotocolNotAcceptable, "Subprotocol not acceptable", timeout.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
            }
            return;
        }
        using var connection = new GraphQLWsConnection(socket, services, http.TraceIdentifier);
        await connection.RunAsync(http.RequestAborted);
    }
}
