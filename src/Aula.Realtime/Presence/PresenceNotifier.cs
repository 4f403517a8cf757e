using Aula.Realtime.Basics;
using Aula.Realtime.Domain;
using Aula.Realtime.Events;
using Aula.Realtime.Hubs;
using Aula.Realtime.Pushes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace Aula.Realtime.Presence;

/// Announces a presence change once, from the node that saw it: on the bus, and to the person's contacts only
/// (people who share a thread or a group), through their person groups on whichever node they are connected.
public sealed class PresenceNotifier(
    ILiveEventBus bus, ILivePeople people, IHubContext<ThreadHub, IThreadClient> hub, ILogger<PresenceNotifier> logger)
{
    public async Task NotifyAsync(int personKey, bool online)
    {
        RealtimeLog.PresenceChanged(logger, personKey, online ? "online" : "offline");
        try
        {
            await bus.PublishAsync(new PresenceChanged(personKey, online));
            var contacts = await people.ContactsAsync(personKey, CancellationToken.None);
            if (contacts.ContactKeys.Count > 0)
            {
                await hub.Clients.Groups([.. contacts.ContactKeys.Select(GroupNames.Person)])
                    .PresenceChanged(new PresencePush(contacts.PersonId, online));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            RealtimeLog.BusPublishFailed(logger, nameof(PresenceChanged), e);
        }
    }
}
