using System.Collections.Immutable;
using System.Text.Json;
using Aula.Realtime.Basics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Aula.Realtime.Events;

/// Every node publishes to, and listens on, one Redis channel (`{prefix}:events`); an event is JSON with its
/// `kind`. A node hears its own events through Redis too, so one path delivers everywhere. Redis pub/sub keeps
/// nothing while a node is away: subscribers catch up from the database.
public sealed class RedisLiveEventBus(IConnectionMultiplexer redis, IOptions<RealtimeOptions> options, ILogger<RedisLiveEventBus> logger)
    : ILiveEventBus, IHostedService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private ImmutableList<Func<LiveEvent, Task>> handlers = [];
    private ChannelMessageQueue? queue;

    private RedisChannel Channel => RedisChannel.Literal(options.Value.ChannelPrefix + ":events");

    public async Task PublishAsync(LiveEvent liveEvent, CancellationToken cancellationToken = default) =>
        await redis.GetSubscriber().PublishAsync(Channel, JsonSerializer.SerializeToUtf8Bytes(liveEvent, Json));

    public IDisposable Subscribe(Func<LiveEvent, Task> handler)
    {
        ImmutableInterlocked.Update(ref handlers, list => list.Add(handler));
        return new Subscription(() => ImmutableInterlocked.Update(ref handlers, list => list.Remove(handler)));
    }

    /// Subscribed before the host serves requests, so no event of this node's own clients is missed.
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        queue = await redis.GetSubscriber().SubscribeAsync(Channel);
        // In order, one at a time: subscribers see one node's events in the order they were published.
        queue.OnMessage(DeliverAsync);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (queue is not null)
        {
            await queue.UnsubscribeAsync();
        }
    }

    private async Task DeliverAsync(ChannelMessage message)
    {
        LiveEvent? liveEvent;
        try
        {
            liveEvent = JsonSerializer.Deserialize<LiveEvent>((byte[])message.Message!, Json);
        }
        catch (JsonException e)
        {
            RealtimeLog.MalformedEvent(logger, e);
            return;
        }
        foreach (var handler in handlers)
        {
            try
            {
                await handler(liveEvent!);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                RealtimeLog.HandlerFailed(logger, liveEvent!.GetType().Name, e);
            }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
