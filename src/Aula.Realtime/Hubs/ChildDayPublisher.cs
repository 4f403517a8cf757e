using Aula.Realtime.Domain;
using Aula.Realtime.Events;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace Aula.Realtime.Hubs;

/// Rings both audiences of a committed change to a child's day: the live event bus (GraphQL subscriptions on
/// every node, each filtering for its subscriber) and the hub's groups (other nodes through the backplane): the
/// staff of the day's institution and each of the child's guardians. The day is read again here, so a push shows
/// the day as the database has it now, at the institution it is at now.
public sealed class ChildDayPublisher(
    ILiveEventBus bus, ILiveCheckIn checkIn, IHubContext<ThreadHub, IThreadClient> hub, ILogger<ChildDayPublisher> logger)
{
    public async Task ChildPresenceChangedAsync(ChildPresenceChanged changed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        await bus.PublishOrLogAsync(changed, logger, cancellationToken);
        if (await checkIn.LoadDayAsync(changed.ChildId, changed.Date, cancellationToken) is not { } day)
        {
            return;
        }
        IReadOnlyList<string> groups = [GroupNames.CheckInStaff(day.InstitutionKey), .. day.GuardianKeys.Select(GroupNames.Person)];
        await hub.Clients.Groups(groups).ChildPresenceChanged(day.Push);
    }
}
