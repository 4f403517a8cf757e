using Aula.Realtime.Events;

namespace Aula.Graph.Tests.Subscriptions;

/// The in-memory live bus, telling the test when a subscription has started (or stopped) listening, so that an
/// event is published only once a subscriber could hear it: a fact on the server, not a pause.
internal sealed class CountingBus(ILiveEventBus inner) : ILiveEventBus
{
    private readonly Lock gate = new();
    private int subscribers;
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CountingBus()
        : this(new InMemoryLiveEventBus(Microsoft.Extensions.Logging.Abstractions.NullLogger<InMemoryLiveEventBus>.Instance))
    {
    }

    /// Completes when the next handler subscribes; take it before starting the subscription.
    public Task NextSubscription => Volatile.Read(ref next).Task;

    /// Handlers listening now (the app's own background readers included).
    public int Subscribers
    {
        get
        {
            lock (gate)
            {
                return subscribers;
            }
        }
    }

    public Task PublishAsync(LiveEvent liveEvent, CancellationToken cancellationToken = default) =>
        inner.PublishAsync(liveEvent, cancellationToken);

    public IDisposable Subscribe(Func<LiveEvent, Task> handler)
    {
        var handle = inner.Subscribe(handler);
        Changed(+1);
        Interlocked.Exchange(ref next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        return new Handle(() =>
        {
            handle.Dispose();
            Changed(-1);
        });
    }

    /// Runs <paramref name="subscribe"/> and waits until the subscription it starts listens on the bus.
    public async Task ListeningAfterAsync(Func<Task> subscribe)
    {
        ArgumentNullException.ThrowIfNull(subscribe);
        var listening = NextSubscription;
        await subscribe();
        try
        {
            await listening.WaitAsync(WsClient.Timeout);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"No subscription started listening on the bus within {WsClient.Timeout.TotalSeconds} s.");
        }
    }

    /// Waits until exactly <paramref name="count"/> handlers listen, failing after <see cref="WsClient.Timeout"/>.
    public async Task WaitForSubscribersAsync(int count)
    {
        using var timeout = new CancellationTokenSource(WsClient.Timeout);
        while (true)
        {
            Task change;
            lock (gate)
            {
                if (subscribers == count)
                {
                    return;
                }
                change = changed.Task;
            }
            try
            {
                await change.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"The bus has {Subscribers} subscribers, not {count}, after {WsClient.Timeout.TotalSeconds} s.");
            }
        }
    }

    private void Changed(int delta)
    {
        TaskCompletionSource signal;
        lock (gate)
        {
            subscribers += delta;
            signal = changed;
            changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        signal.TrySetResult();
    }

    private sealed class Handle(Action dispose) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}
