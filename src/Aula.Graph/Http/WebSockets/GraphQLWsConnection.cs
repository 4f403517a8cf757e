using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;

namespace Aula.Graph.Http.WebSockets;

/// One graphql-transport-ws socket: reads messages in order and answers them; operations run on their own.
internal sealed partial class GraphQLWsConnection(WebSocket socket, GraphQLWsServices services, string connectionId) : IDisposable
{
    // Timers take at most about 49 days at once.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(30);
    private readonly ConcurrentDictionary<string, GraphQLWsOperation> operations = new(StringComparer.Ordinal);
    private readonly GraphQLWsOutbox outbox = new(socket, services.Options.MaxPendingMessages);
    private readonly CancellationTokenSource abort = new();
    private bool initReceived;
    private ClaimsPrincipal? user;

    public async Task RunAsync(CancellationToken requestAborted)
    {
        using var linked = requestAborted.Register(abort.Cancel);
        var sending = outbox.RunAsync(abort.Token);
        _ = CloseLaterAsync(services.Options.ConnectionInitTimeout, GraphQLWs.InitTimeout, "Connection initialisation timeout", () => Volatile.Read(ref initReceived));
        try
        {
            while (await ReceiveAsync() is { } text)
            {
                if (!outbox.IsClosing)
                {
                    await HandleAsync(text);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            WebSocketLog.Ended(services.Logger, connectionId, e is OperationCanceledException ? "dropped" : "socket error");
        }
        finally
        {
            foreach (var operation in operations.Values)
            {
                operation.Dispose();
            }
            operations.Clear();
            outbox.Close((int)(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure), "");
            await sending;
            await abort.CancelAsync();
        }
    }

    public void Dispose() => abort.Dispose();

    public void Send(string frame)
    {
        if (!outbox.Post(frame))
        {
            Close((int)WebSocketCloseStatus.PolicyViolation, "Too many pending messages");
        }
    }

    public bool IsActive(GraphQLWsOperation operation) =>
        operations.TryGetValue(operation.Id, out var current) && current == operation;

    /// Removes a still active operation; false when the client completed it (or the socket closed) first.
    public bool Forget(GraphQLWsOperation operation) =>
        operations.TryRemove(new KeyValuePair<string, GraphQLWsOperation>(operation.Id, operation));

    public void LogFailure(string operationId, Exception exception) =>
        WebSocketLog.OperationFailed(services.Logger, connectionId, operationId, exception);

    /// Sends the close frame after what is queued, then waits a while for the client's close before dropping it.
    private void Close(int code, string reason)
    {
        if (outbox.Close(code, reason))
        {
            WebSocketLog.Closing(services.Logger, connectionId, code, reason);
            _ = DropAfterCloseAsync();
        }
    }

    private async Task DropAfterCloseAsync()
    {
        await outbox.CloseSent;
        try
        {
            abort.CancelAfter(services.Options.CloseTimeout);
        }
        catch (ObjectDisposedException)
        {
            // The connection ended already.
        }
    }

    /// Closes the socket after <paramref name="delay"/>, unless it ended first or <paramref name="unless"/> holds by then.
    private async Task CloseLaterAsync(TimeSpan delay, int code, string reason, Func<bool>? unless = null)
    {
        try
        {
            for (var left = delay; left > TimeSpan.Zero; left -= MaxDelay)
            {
                await Task.Delay(left < MaxDelay ? left : MaxDelay, services.Time, abort.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            return; // the connection ended first
        }
        if (unless?.Invoke() != true)
        {
            Close(code, reason);
        }
    }

    /// The next text message, or null once the client closed; a binary or oversized message closes the socket.
    private async Task<string?> ReceiveAsync()
    {
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, abort.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            if (message.Length + result.Count > services.MaxMessageBytes)
            {
                Close((int)WebSocketCloseStatus.MessageTooBig, "Message too big");
                return "";
            }
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                if (result.MessageType == WebSocketMessageType.Binary)
                {
                    Close(GraphQLWs.BadRequest, "Binary messages are not supported");
                    return "";
                }
                return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }
    }
}
