using Aula.Realtime.Basics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Aula.Realtime.Presence;

/// With Redis: every third of the presence timeout, renew this node's leases and sweep the leases of nodes
/// that stopped renewing (crashed), announcing the people that takes offline. Every node sweeps; the script
/// is atomic, so each lease is taken, and each change announced, once.
public sealed class PresenceHeartbeat(
    RedisPresenceStore store, PresenceTracker tracker, PresenceNotifier notifier, IOptions<RealtimeOptions> options,
    TimeProvider clock, ILogger<PresenceHeartbeat> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.HeartbeatInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var person in await store.RenewAsync(await tracker.LocalPeopleAsync()))
                {
                    await notifier.NotifyAsync(person, online: true);
                }
                foreach (var person in await store.SweepAsync())
                {
                    await notifier.NotifyAsync(person, online: false);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                RealtimeLog.HeartbeatFailed(logger, e);
            }
        }
    }
}
