using Aula.Realtime.Domain;
using Aula.Realtime.Events;
using Aula.Realtime.Pushes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace Aula.Realtime.Hubs;

/// Where the host announces a committed change to a child's day. Queued like <see cref="LivePublisher"/>'s
/// announcements; the day is read for the push once the change is published, as the staff and guardians may see it.
public sealed class ChildDayPublisher(
    LiveDoorbells doorbells, ILiveEventBus bus, ILiveCheckIn checkIn, IHubContext<ThreadHub, IThreadClient> hub, ILogger<ChildDayPublisher> logger)
{
    public void ChildPresenceChanged(ChildPresenceChanged changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        doorbells.Ring(nameof(ChildPresenceChanged), changed.ChildId, async ct =>
        {
            await bus.PublishOrLogAsync(changed, logger, ct);
            if (await checkIn.LoadDayAsync(changed.ChildId, changed.Date, ct) is not { } day)
            {
                return;
            }
            IReadOnlyList<string> groups = [GroupNames.CheckInStaff(day.InstitutionKey), .. day.GuardianKeys.Select(GroupNames.Person)];
            await hub.Clients.Groups(groups).ChildPresenceChanged(day.Push);
        });
    }
}
