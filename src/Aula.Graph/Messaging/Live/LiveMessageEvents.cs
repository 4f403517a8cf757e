using Aula.Realtime.Hubs;

namespace Aula.Graph.Messaging.Live;

/// The messaging feature's doorbell, rung after the commit, handed to the live channel (bus and hub groups).
internal sealed class LiveMessageEvents(LivePublisher publisher) : IMessageEvents
{
    public Task MessageAddedAsync(MessageAdded added, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(added);
        return publisher.MessageAddedAsync(
            new Realtime.Events.MessageAdded(added.ThreadId, added.Sequence, added.MessageId, added.SenderId, added.Sensitive), cancellationToken);
    }
}
