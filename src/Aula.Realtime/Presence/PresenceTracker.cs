using Aula.Realtime.Basics;
using Microsoft.Extensions.Logging;

namespace Aula.Realtime.Presence;

/// Counts this node's connections per person and tells the store about a person's first and last one.
/// Presence is best effort: a store that is down never refuses a connection.
public sealed class PresenceTracker(IPresenceStore store, PresenceNotifier notifier, ILogger<PresenceTracker> logger) : IDisposable
{
    // One gate keeps a count change and its store call together, so a quick reconnect cannot overtake a disconnect.
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<int, int> connections = [];

    public Task ConnectedAsync(int personKey) => ChangeAsync(personKey, +1);

    public Task DisconnectedAsync(int personKey) => ChangeAsync(personKey, -1);

    /// The people this node holds connections of.
    public async Task<IReadOnlyList<int>> LocalPeopleAsync()
    {
        await gate.WaitAsync();
        try
        {
            return [.. connections.Keys];
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task ChangeAsync(int personKey, int delta)
    {
        bool changed;
        await gate.WaitAsync();
        try
        {
            var count = connections.GetValueOrDefault(personKey) + delta;
            if (count > 0)
            {
                connections[personKey] = count;
            }
            else
            {
                connections.Remove(personKey);
            }
            changed = delta > 0 ? count == 1 && await store.AddAsync(personKey) : count == 0 && await store.RemoveAsync(personKey);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            RealtimeLog.PresenceFailed(logger, personKey, e);
            return;
        }
        finally
        {
            gate.Release();
        }
        if (changed)
        {
            await notifier.NotifyAsync(personKey, online: delta > 0);
        }
    }
}
