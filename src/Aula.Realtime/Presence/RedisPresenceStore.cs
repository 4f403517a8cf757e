using System.Globalization;
using Aula.Realtime.Basics;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Aula.Realtime.Presence;

/// Presence across nodes: each node holds a lease per person it has connections of, renewed by
/// <see cref="PresenceHeartbeat"/>; a node that dies stops renewing and a sweep on a live node takes its people offline.
public sealed class RedisPresenceStore(IConnectionMultiplexer redis, IOptions<RealtimeOptions> options) : IPresenceStore
{
    private const int SweepBatch = 1000;

    /// This process; every app instance (and every test node) gets its own.
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    private IDatabase Db => redis.GetDatabase();

    private string Prefix => options.Value.ChannelPrefix + ":presence:";

    private long LeaseMs => (long)options.Value.Lease.TotalMilliseconds;

    public async Task<bool> AddAsync(int personKey) =>
        (long)await Db.ScriptEvaluateAsync(PresenceScripts.Add, [PersonKey(personKey), Leases], [NodeId, Member(personKey), LeaseMs]) == 0;

    public async Task<bool> RemoveAsync(int personKey) =>
        (long)await Db.ScriptEvaluateAsync(PresenceScripts.Remove, [PersonKey(personKey), Leases], [NodeId, Member(personKey)]) == 0;

    public async Task<IReadOnlyDictionary<int, bool>> OnlineAsync(IReadOnlyCollection<int> personKeys)
    {
        ArgumentNullException.ThrowIfNull(personKeys);
        var keys = personKeys.Distinct().ToArray();
        if (keys.Length == 0)
        {
            return new Dictionary<int, bool>();
        }
        var counts = (long[])(await Db.ScriptEvaluateAsync(PresenceScripts.Count, [.. keys.Select(PersonKey)]))!;
        return keys.Select((k, i) => (k, counts[i] > 0)).ToDictionary(p => p.k, p => p.Item2);
    }

    /// Renews this node's leases; returns people a sweep had taken offline while this node still held them.
    public async Task<IReadOnlyList<int>> RenewAsync(IReadOnlyList<int> personKeys)
    {
        if (personKeys.Count == 0)
        {
            return [];
        }
        RedisKey[] keys = [.. personKeys.Select(PersonKey), Leases];
        RedisValue[] values = [NodeId, LeaseMs, .. personKeys.Select(Member)];
        var back = (long[])(await Db.ScriptEvaluateAsync(PresenceScripts.Renew, keys, values))!;
        return [.. back.Select(i => personKeys[(int)i - 1])];
    }

    /// Takes expired leases (of dead nodes) away; returns the people who are offline now.
    public async Task<IReadOnlyList<int>> SweepAsync()
    {
        var gone = (string[])(await Db.ScriptEvaluateAsync(PresenceScripts.Sweep, [Leases], [Prefix + "person:", SweepBatch]))!;
        return [.. gone.Select(g => int.Parse(g, CultureInfo.InvariantCulture)).Distinct()];
    }

    private RedisKey Leases => Prefix + "leases";

    private RedisKey PersonKey(int personKey) => Prefix + "person:" + personKey.ToString(CultureInfo.InvariantCulture);

    private RedisValue Member(int personKey) => personKey.ToString(CultureInfo.InvariantCulture) + ":" + NodeId;
}
