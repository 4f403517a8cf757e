using Aula.Realtime.Events;
using Aula.Realtime.Hubs;
using LiveChildPresenceChanged = Aula.Realtime.Events.ChildPresenceChanged;

namespace Aula.Graph.Presence.Live;

/// The check-in feature's doorbell, rung after the commit: queued, so a change never waits on the live channel.
internal sealed class LivePresenceEvents(LiveDoorbells doorbells, ChildDayPublisher publisher) : IPresenceEvents
{
    public Task ChildDayChangedAsync(ChildDayChanged changed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var live = new LiveChildPresenceChanged(changed.ChildId, changed.InstitutionId, changed.Date, changed.EventId);
        doorbells.Ring(nameof(ChildDayChanged), changed.ChildId, ct => publisher.ChildPresenceChangedAsync(live, ct));
        return Task.CompletedTask;
    }
}
