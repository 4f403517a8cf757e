using System.Threading.Channels;
using Aula.Graph.Schema.Nodes;
using Aula.Realtime.Hubs;

namespace Aula.Graph.Messaging.Live;

/// The messaging feature's doorbell, rung after the commit. It only queues: a send never waits on Redis or on
/// pushes (while Redis is down, publishing blocks until it is back). One reader keeps the order. When the queue
/// is full the oldest doorbells go; clients catch up from the database either way.
internal sealed class LiveMessageEvents : BackgroundService, IMessageEvents
{
    private readonly Channel<Doorbell> queue = Channel.CreateBounded<Doorbell>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly LivePublisher publisher;
    private readonly ILogger<LiveMessageEvents> logger;

    public LiveMessageEvents(LivePublisher publisher, ILogger<LiveMessageEvents> logger)
    {
        this.publisher = publisher;
        this.logger = logger;
    }

    public Task MessageAddedAsync(MessageAdded added, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(added);
        var live = new Realtime.Events.MessageAdded(added.ThreadId, added.Sequence, added.MessageId, added.SenderId, added.Sensitive);
        queue.Writer.TryWrite(new Doorbell(added.ThreadId, ct => publisher.MessageAddedAsync(live, ct)));
        return Task.CompletedTask;
    }

    public Task ThreadMarkedReadAsync(ThreadMarkedRead read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var live = new Realtime.Events.ThreadRead(read.ThreadId, read.PersonId, read.Sequence);
        var push = new ThreadReadPush(GlobalId.Encode("ChatThread", read.ThreadId), GlobalId.Encode("Person", read.PersonId), read.Sequence);
        queue.Writer.TryWrite(new Doorbell(read.ThreadId, ct => publisher.ThreadReadAsync(live, push, ct)));
        return Task.CompletedTask;
    }

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
                MessagingLog.DoorbellFailed(logger, doorbell.ThreadId, e);
            }
        }
    }

    private sealed record Doorbell(int ThreadId, Func<CancellationToken, Task> RingAsync);
}
