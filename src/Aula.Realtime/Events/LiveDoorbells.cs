using System.Threading.Channels;
using Aula.Realtime.Basics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Aula.Realtime.Events;

/// Where the host's stores ring after a commit. Ringing only queues: a write never waits on Redis or on pushes
/// (while Redis is down, publishing blocks until it is back). One reader keeps the order. When the queue is full
/// the oldest doorbells go; clients catch up from the database either way.
public sealed class LiveDoorbells(ILogger<LiveDoorbells> logger) : BackgroundService
{
    private readonly Channel<Doorbell> queue = Channel.CreateBounded<Doorbell>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    /// Queues <paramref name="ring"/>; <paramref name="kind"/> and <paramref name="key"/> (a thread, a child)
    /// name it in the log should it fail.
    public void Ring(string kind, int key, Func<CancellationToken, Task> ring) => queue.Writer.TryWrite(new Doorbell(kind, key, ring));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var doorbell in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await doorbell.RingAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed push must not stop the ones after it; what it announces is stored either way.
                RealtimeLog.DoorbellFailed(logger, doorbell.Kind, doorbell.Key, e);
            }
        }
    }

    private sealed record Doorbell(string Kind, int Key, Func<CancellationToken, Task> RingAsync);
}
