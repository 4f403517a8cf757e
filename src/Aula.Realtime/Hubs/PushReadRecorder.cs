using System.Threading.Channels;
using Aula.Realtime.Basics;
using Aula.Realtime.Domain;
using Aula.Realtime.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Aula.Realtime.Hubs;

/// The hub's reads for the access log. A message's push reaches every node's connections in the thread's full
/// group through the backplane, so each node reports its own members when it hears of the message on the bus.
/// Reported off the bus's path (it delivers in order, one event at a time), by one reader.
public sealed class PushReadRecorder(ILiveEventBus bus, FullGroupMembers members, ILiveAccessLog log, ILogger<PushReadRecorder> logger)
    : BackgroundService
{
    private readonly Channel<(int ThreadKey, IReadOnlyList<LiveViewer> Readers)> queue =
        Channel.CreateBounded<(int, IReadOnlyList<LiveViewer>)>(new BoundedChannelOptions(10_000) { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = bus.Subscribe(Heard);
        await foreach (var (threadKey, readers) in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await log.MessagePushedAsync(threadKey, readers, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                RealtimeLog.ReadsNotLogged(logger, threadKey, readers.Count, e);
            }
        }
    }

    /// The members are taken when the message is heard, so they are the connections its push went to.
    private Task Heard(LiveEvent liveEvent)
    {
        if (liveEvent is MessageAdded { Sensitive: true } added && members.Of(added.ThreadId) is { Count: > 0 } readers && !queue.Writer.TryWrite((added.ThreadId, readers)))
        {
            RealtimeLog.ReadsNotLogged(logger, added.ThreadId, readers.Count, null);
        }
        return Task.CompletedTask;
    }
}
