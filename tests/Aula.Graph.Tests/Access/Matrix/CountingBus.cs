using Aula.Realtime.Events;

namespace Aula.Graph.Tests.Access.Matrix;

/// The in-memory live bus, telling the test when the next subscription has started listening, so that an event
/// is published only once a subscriber could hear it, and silence afterwards means something.
internal sealed class CountingBus(ILiveEventBus inner) : ILiveEventBus
{
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// Completes when the next handler subscribes; take it before starting the subscription.
    public Task NextSubscription => Volatile.Read(ref next).Task;

    public Task PublishAsync(LiveEvent liveEvent, CancellationToken cancellationToken = default) =>
        inner.PublishAsync(liveEvent, cancellationToken);

    public IDisposable Subscribe(Func<LiveEvent, Task> handler)
    {
        var handle = inner.Subscribe(handler);
        Interlocked.Exchange(ref next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        return handle;
    }
}
