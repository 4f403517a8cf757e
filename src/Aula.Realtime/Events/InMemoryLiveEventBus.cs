using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace Aula.Realtime.Events;

/// One node, no Redis: events go straight to this process's subscribers.
public sealed partial class InMemoryLiveEventBus(ILogger<InMemoryLiveEventBus> logger) : ILiveEventBus
{
    private ImmutableList<Func<LiveEvent, Task>> handlers = [];

    public async Task PublishAsync(LiveEvent liveEvent, CancellationToken cancellationToken = default)
    {
        foreach (var handler in handlers)
        {
            try
            {
                await handler(liveEvent);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogHandlerFailed(logger, liveEvent.GetType().Name, e);
            }
        }
    }

    public IDisposable Subscribe(Func<LiveEvent, Task> handler)
    {
        ImmutableInterlocked.Update(ref handlers, list => list.Add(handler));
        return new Subscription(() => ImmutableInterlocked.Update(ref handlers, list => list.Remove(handler)));
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "A live event handler failed on {Kind}")]
    private static partial void LogHandlerFailed(ILogger logger, string kind, Exception exception);

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
