namespace Aula.Realtime.Events;

/// Carries live events to every node: in memory on one node, through Redis pub/sub across nodes. Delivery is
/// best effort (Redis drops what is published while it is down); clients catch up from the database.
public interface ILiveEventBus
{
    Task PublishAsync(LiveEvent liveEvent, CancellationToken cancellationToken = default);

    /// Every event published on any node, until the returned handle is disposed.
    IDisposable Subscribe(Func<LiveEvent, Task> handler);
}
