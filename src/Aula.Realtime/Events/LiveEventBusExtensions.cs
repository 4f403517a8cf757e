using Aula.Realtime.Basics;
using Microsoft.Extensions.Logging;

namespace Aula.Realtime.Events;

public static class LiveEventBusExtensions
{
    /// <summary>
    /// Publishes, and logs instead of throwing when the bus cannot take it (Redis down): what the event announces is
    /// stored, so the hub's pushes still go out and subscribers catch up from the database.
    /// </summary>
    public static async Task PublishOrLogAsync(this ILiveEventBus bus, LiveEvent liveEvent, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bus);
        ArgumentNullException.ThrowIfNull(liveEvent);
        try
        {
            await bus.PublishAsync(liveEvent, cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            RealtimeLog.BusPublishFailed(logger, liveEvent.GetType().Name, e);
        }
    }
}
