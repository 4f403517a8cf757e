using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;

namespace Aula.Graph.Http.WebSockets;

/// The socket's only writer: frames from the receive loop and from every operation's event stream go out
/// in order, one at a time (a WebSocket allows one send at a time), and the close frame goes out last.
internal sealed class GraphQLWsOutbox(WebSocket socket, int capacity)
{
    private readonly Channel<(string? Frame, int Code, string? Reason)> queue =
        Channel.CreateUnbounded<(string?, int, string?)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource closeSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int pending;
    private int closing;

    public bool IsClosing => Volatile.Read(ref closing) != 0;

    /// Completes once the close frame is out (or the socket is gone).
    public Task CloseSent => closeSent.Task;

    /// False when the client reads too slowly: the caller closes the socket, the client catches up by sequence.
    public bool Post(string frame)
    {
        if (IsClosing || Interlocked.Increment(ref pending) > capacity)
        {
            return false;
        }
        return queue.Writer.TryWrite((frame, 0, null));
    }

    /// Queues the close frame after what is already queued; later frames are dropped. True for the first call.
    public bool Close(int code, string reason)
    {
        if (Interlocked.Exchange(ref closing, 1) != 0)
        {
            return false;
        }
        queue.Writer.TryWrite((null, code, reason));
        queue.Writer.TryComplete();
        return true;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var (frame, code, reason) in queue.Reader.ReadAllAsync(cancellationToken))
            {
                if (frame is null)
                {
                    if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken);
                    }
                    break;
                }
                Interlocked.Decrement(ref pending);
                await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The socket is gone; the receive loop ends too.
        }
        finally
        {
            closeSent.TrySetResult();
        }
    }
}
