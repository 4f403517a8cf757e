using Aula.Realtime.Events;
using Aula.Realtime.Pushes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace Aula.Realtime.Hubs;

/// Where the host announces what it has committed, with the live channel's own records: each announcement is queued
/// (<see cref="LiveDoorbells"/>), so the caller does not wait, then published on the event bus (GraphQL subscriptions,
/// every node) and pushed to the hub's groups (every node through the backplane).
public sealed class LivePublisher(
    LiveDoorbells doorbells, ILiveEventBus bus, IHubContext<ThreadHub, IThreadClient> hub, ILogger<LivePublisher> logger)
{
    /// A message was stored. The push is the stored message; a sensitive thread's envelope group gets it without its body.
    public void MessageAdded(MessageAdded added, MessagePush push)
    {
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(push);
        doorbells.Ring(nameof(MessageAdded), added.ThreadId, async ct =>
        {
            await bus.PublishOrLogAsync(added, logger, ct);
            if (push.Sensitive)
            {
                await hub.Clients.Group(GroupNames.Full(added.ThreadId)).MessageAdded(push);
                await hub.Clients.Group(GroupNames.Envelope(added.ThreadId)).MessageAdded(push with { Body = null });
                return;
            }
            await hub.Clients.Groups(GroupNames.Both(added.ThreadId)).MessageAdded(push);
        });
    }

    /// A participant's read mark moved forward.
    public void ThreadRead(ThreadRead read, ThreadReadPush push)
    {
        ArgumentNullException.ThrowIfNull(read);
        doorbells.Ring(nameof(ThreadRead), read.ThreadId, async ct =>
        {
            await bus.PublishOrLogAsync(read, logger, ct);
            await hub.Clients.Groups(GroupNames.Both(read.ThreadId)).ThreadRead(push);
        });
    }
}
