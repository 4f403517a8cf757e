using System.Threading.Channels;
using Aula.Realtime.Pushes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Aula.Realtime.Tests.Infrastructure;

/// A real .NET SignalR client over WebSockets without negotiation (no sticky sessions), recording every push.
public sealed class LiveClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly TaskCompletionSource<Exception?> closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LiveClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<MessagePush>(nameof(IThreadClient.MessageAdded), m => Messages.Writer.TryWrite(m));
        connection.On<PresencePush>(nameof(IThreadClient.PresenceChanged), p => Presence.Writer.TryWrite(p));
        connection.On<TypingPush>(nameof(IThreadClient.Typing), t => Typing.Writer.TryWrite(t));
        connection.On<ThreadReadPush>(nameof(IThreadClient.ThreadRead), r => Reads.Writer.TryWrite(r));
        connection.On<ChildDayPush>(nameof(IThreadClient.ChildPresenceChanged), d => Days.Writer.TryWrite(d));
    }

    public HubConnection Connection { get; }

    public Channel<MessagePush> Messages { get; } = Channel.CreateUnbounded<MessagePush>();

    public Channel<PresencePush> Presence { get; } = Channel.CreateUnbounded<PresencePush>();

    public Channel<TypingPush> Typing { get; } = Channel.CreateUnbounded<TypingPush>();

    public Channel<ThreadReadPush> Reads { get; } = Channel.CreateUnbounded<ThreadReadPush>();

    public Channel<ChildDayPush> Days { get; } = Channel.CreateUnbounded<ChildDayPush>();

    public static Task<LiveClient> ConnectAsync(LiveNode node, string? login, bool mfa = false, string? clientId = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        return ConnectWithAsync(node, login is null ? null : node.TokenFor(login, mfa, clientId));
    }

    public static async Task<LiveClient> ConnectWithAsync(LiveNode node, string? token)
    {
        ArgumentNullException.ThrowIfNull(node);
        var connection = new HubConnectionBuilder()
            .WithUrl(node.HubUrl, o =>
            {
                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
                o.AccessTokenProvider = () => Task.FromResult(token);
            })
            .Build();
        var client = new LiveClient(connection);
        connection.Closed += error => Task.FromResult(client.closed.TrySetResult(error));
        await connection.StartAsync().WaitAsync(Timeout);
        if (token is not null)
        {
            // StartAsync returns before the server's OnConnectedAsync (groups, presence) is done; a hub call is
            // dispatched only after it, so its answer is the barrier that makes pushes to this client certain.
            await client.InvokeAsync<HubResult>("JoinThread", "barrier");
        }
        return client;
    }

    /// Completes when the connection closes, with the error it closed with, if any.
    public Task<Exception?> Closed => closed.Task;

    public Task<T> InvokeAsync<T>(string method, params object?[] args) =>
        Connection.InvokeCoreAsync<T>(method, args).WaitAsync(Timeout);

    public Task<SendMessageResult> SendAsync(string threadId, string body, string? clientMessageId = null) =>
        InvokeAsync<SendMessageResult>("SendMessage", threadId, body, clientMessageId ?? Guid.NewGuid().ToString("N"));

    /// The first push matching, within the timeout; earlier ones are skipped.
    public static async Task<T> NextAsync<T>(Channel<T> channel, Func<T, bool> match)
    {
        ArgumentNullException.ThrowIfNull(channel);
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            var item = await channel.Reader.ReadAsync(timeout.Token);
            if (match(item))
            {
                return item;
            }
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
