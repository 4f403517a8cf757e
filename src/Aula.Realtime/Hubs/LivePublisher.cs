using Aula.Realtime.Domain;
using Aula.Realtime.Events;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace Aula.Realtime.Hubs;

/// Rings both audiences of a stored message: the live event bus (GraphQL subscriptions on every node) and
/// the thread's SignalR groups (other nodes through the backplane). Called only after the commit.
public sealed class LivePublisher(
    ILiveEventBus bus, ILiveMessages messages, IHubContext<ThreadHub, IThreadClient> hub, ILogger<LivePublisher> logger)
{
    public async Task MessageAddedAsync(MessageAdded added, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(added);
        await bus.PublishOrLogAsync(added, logger, cancellationToken);
        var full = await messages.LoadAsync(added.MessageId, cancellationToken);
        if (full is null)
        {
            return;
        }
        if (full.Sensitive)
        {
            await hub.Clients.Group(GroupNames.Full(added.ThreadId)).MessageAdded(full);
            await hub.Clients.Group(GroupNames.Envelope(added.ThreadId)).MessageAdded(full with { Body = null });
            return;
        }
        await hub.Clients.Groups(GroupNames.Both(added.ThreadId)).MessageAdded(full);
    }

    /// Rings both audiences of a read mark that moved forward. Called only after the write.
    public async Task ThreadReadAsync(ThreadRead read, ThreadReadPush push, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        await bus.PublishOrLogAsync(read, logger, cancellationToken);
        await hub.Clients.Groups(GroupNames.Both(read.ThreadId)).ThreadRead(push);
    }
}
