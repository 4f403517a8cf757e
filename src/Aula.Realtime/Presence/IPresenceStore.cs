namespace Aula.Realtime.Presence;

/// Where nodes record which people they hold connections of. Each node calls <see cref="AddAsync"/> for a
/// person's first connection on it and <see cref="RemoveAsync"/> for the last; the answers say whether the
/// person's presence across all nodes changed, so exactly one node announces each change.
public interface IPresenceStore
{
    /// True: the person was offline everywhere and is online now.
    Task<bool> AddAsync(int personKey);

    /// True: this node held the person's last connection anywhere.
    Task<bool> RemoveAsync(int personKey);

    /// Online or not, for many people at once (one round trip).
    Task<IReadOnlyDictionary<int, bool>> OnlineAsync(IReadOnlyCollection<int> personKeys);
}

/// One node: the node's own connections are the whole truth.
public sealed class InMemoryPresenceStore : IPresenceStore
{
    private readonly Lock gate = new();
    private readonly HashSet<int> online = [];

    public Task<bool> AddAsync(int personKey)
    {
        lock (gate)
        {
            return Task.FromResult(online.Add(personKey));
        }
    }

    public Task<bool> RemoveAsync(int personKey)
    {
        lock (gate)
        {
            return Task.FromResult(online.Remove(personKey));
        }
    }

    public Task<IReadOnlyDictionary<int, bool>> OnlineAsync(IReadOnlyCollection<int> personKeys)
    {
        ArgumentNullException.ThrowIfNull(personKeys);
        lock (gate)
        {
            return Task.FromResult<IReadOnlyDictionary<int, bool>>(personKeys.Distinct().ToDictionary(k => k, online.Contains));
        }
    }
}
