using Aula.Graph.Schema.Nodes;
using Aula.Realtime.Events;
using Aula.Realtime.Hubs;

namespace Aula.Graph.Messaging.Live;

/// The messaging feature's doorbell, rung after the commit: queued, so a send never waits on the live channel.
internal sealed class LiveMessageEvents(LiveDoorbells doorbells, LivePublisher publisher) : IMessageEvents
{
    public Task MessageAddedAsync(MessageAdded added, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(added);
        var live = new Realtime.Events.MessageAdded(added.ThreadId, added.Sequence, added.MessageId, added.SenderId, added.Sensitive);
        doorbells.Ring(nameof(MessageAdded), added.ThreadId, ct => publisher.MessageAddedAsync(live, ct));
        return Task.CompletedTask;
    }

    public Task ThreadMarkedReadAsync(ThreadMarkedRead read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var live = new Realtime.Events.ThreadRead(read.ThreadId, read.PersonId, read.Sequence);
        var push = new ThreadReadPush(GlobalId.Encode("ChatThread", read.ThreadId), GlobalId.Encode("Person", read.PersonId), read.Sequence);
        doorbells.Ring(nameof(ThreadRead), read.ThreadId, ct => publisher.ThreadReadAsync(live, push, ct));
        return Task.CompletedTask;
    }
}
