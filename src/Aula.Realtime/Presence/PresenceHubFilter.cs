using Aula.Realtime.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Aula.Realtime.Presence;

/// Online presence follows the hub's connections: a person is online from the moment the hub has accepted their
/// first connection, and offline once their last has gone (after the hub has let go of it).
internal sealed class PresenceHubFilter(PresenceTracker tracker) : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next(context);
        if (LiveConnection.ViewerOf(context.Context) is { } viewer)
        {
            await tracker.ConnectedAsync(viewer.PersonKey);
        }
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var viewer = LiveConnection.ViewerOf(context.Context);
        await next(context, exception);
        if (viewer is not null)
        {
            await tracker.DisconnectedAsync(viewer.PersonKey);
        }
    }
}
