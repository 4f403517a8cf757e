using System.Threading.Channels;
using Aula.Realtime.Events;

namespace Aula.Graph.Schema;

/// The live event bus as the source stream of one GraphQL subscription. The bus runs handlers on the
/// publisher's path (the sender's request), so events are only queued there and filtered on a loop of their
/// own: a slow subscriber never slows a send, and no filter runs in the sender's context.
internal sealed class LiveSubscription(ILiveEventBus bus, Func<LiveEvent, Task<bool>> accept, ILogger logger) : IObservable<LiveEvent>
{
    /// Pushes are doorbells: when a subscriber falls this far behind, the oldest are dropped and the
    /// client catches up by sequence.
    private const int Capacity = 256;

    public IDisposable Subscribe(IObserver<LiveEvent> observer)
    {
        var queue = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(Capacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var handle = bus.Subscribe(e =>
        {
            queue.Writer.TryWrite(e);
            return Task.CompletedTask;
        });
        var stop = new Stop(handle, queue.Writer);
        _ = PumpAsync(queue.Reader, observer, stop);
        return stop;
    }

    private async Task PumpAsync(ChannelReader<LiveEvent> reader, IObserver<LiveEvent> observer, Stop stop)
    {
        await foreach (var liveEvent in reader.ReadAllAsync())
        {
            bool accepted;
            try
            {
                accepted = await accept(liveEvent);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed check (a busy database) loses one doorbell, not the subscription.
                SubscriptionLog.FilterFailed(logger, liveEvent.GetType().Name, e);
                continue;
            }
            if (accepted && !stop.Stopped)
            {
                observer.OnNext(liveEvent);
            }
        }
    }

    private sealed class Stop(IDisposable handle, ChannelWriter<LiveEvent> writer) : IDisposable
    {
        private int stopped;

        public bool Stopped => Volatile.Read(ref stopped) != 0;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref stopped, 1) == 0)
            {
                handle.Dispose();
                writer.TryComplete();
            }
        }
    }
}
