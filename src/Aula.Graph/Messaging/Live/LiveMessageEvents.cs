using System.Threading.Channels;
using Aula.Realtime.Hubs;

namespace Aula.Graph.Messaging.Live;

/// The messaging feature's doorbell, rung after the commit. It only queues: a send never waits on Redis or on
/// pushes (while Redis is down, publishing blocks until it is back). One reader keeps the order. When the queue
/// is full the oldest doorbells go; clients catch up from the database either way.
internal sealed class LiveMessageEvents : BackgroundService, IMessageEvents
{
    private readonly Channel<Realtime.Events.MessageAdded> queue = Channel.CreateBounded<Realtime.Events.MessageAdded>(
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
        queue.Writer.TryWrite(new Realtime.Events.MessageAdded(added.ThreadId, added.Sequence, added.MessageId, added.SenderId, added.Sensitive));
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var added in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await publisher.MessageAddedAsync(added, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed push must not stop the ones after it; the message is stored either way.
                MessagingLog.PublishFailed(logger, added.MessageId, added.ThreadId, e);
            }
        }
    }
}
