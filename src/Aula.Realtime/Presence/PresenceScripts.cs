namespace Aula.Realtime.Presence;

/// Lua, so that each check-and-change is atomic across nodes and costs one round trip. Time is Redis's own
/// (TIME), so nodes' clocks never disagree about a lease. Layout: per person a sorted set of node ids scored
/// by lease expiry (ms), and one index `leases` of `person:node` entries, so a sweep finds dead nodes' leases.
/// The sweep builds person keys from the index: this targets a single Redis (or one cluster slot), not a cluster.
internal static class PresenceScripts
{
    private const string Now = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local live = '(' .. now

        """;

    /// KEYS: person, leases. ARGV: node, lease member, lease ms. Returns how many other nodes hold the person.
    public const string Add = Now + """
        local others = redis.call('ZCOUNT', KEYS[1], live, '+inf')
        local mine = redis.call('ZSCORE', KEYS[1], ARGV[1])
        if mine and tonumber(mine) > now then others = others - 1 end
        local expires = now + tonumber(ARGV[3])
        redis.call('ZADD', KEYS[1], expires, ARGV[1])
        redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]) * 2)
        redis.call('ZADD', KEYS[2], expires, ARGV[2])
        return others
        """;

    /// KEYS: person, leases. ARGV: node, lease member. Returns the nodes still holding the person, or -1 when
    /// a sweep already took this node's lease (and announced it).
    public const string Remove = Now + """
        local removed = redis.call('ZREM', KEYS[1], ARGV[1])
        redis.call('ZREM', KEYS[2], ARGV[2])
        if removed == 0 then return -1 end
        return redis.call('ZCOUNT', KEYS[1], live, '+inf')
        """;

    /// KEYS: person keys..., leases last. ARGV: node, lease ms, lease members... Renews this node's leases and
    /// returns the (1-based) indexes of people a sweep had taken offline, who are back now.
    public const string Renew = Now + """
        local lease = tonumber(ARGV[2])
        local leases = KEYS[#KEYS]
        local back = {}
        for i = 1, #KEYS - 1 do
          local others = redis.call('ZCOUNT', KEYS[i], live, '+inf')
          local added = redis.call('ZADD', KEYS[i], now + lease, ARGV[1])
          redis.call('PEXPIRE', KEYS[i], lease * 2)
          redis.call('ZADD', leases, now + lease, ARGV[i + 2])
          if added == 1 and others == 0 then table.insert(back, i) end
        end
        return back
        """;

    /// KEYS: leases. ARGV: person key prefix, batch size. Removes expired leases; returns people now offline.
    public const string Sweep = Now + """
        local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[2]))
        local gone = {}
        for _, member in ipairs(expired) do
          redis.call('ZREM', KEYS[1], member)
          local sep = string.find(member, ':', 1, true)
          local key = ARGV[1] .. string.sub(member, 1, sep - 1)
          redis.call('ZREM', key, string.sub(member, sep + 1))
          if redis.call('ZCOUNT', key, live, '+inf') == 0 then table.insert(gone, string.sub(member, 1, sep - 1)) end
        end
        return gone
        """;

    /// KEYS: person keys. Returns, per person, how many nodes hold a live lease.
    public const string Count = Now + """
        local counts = {}
        for i = 1, #KEYS do counts[i] = redis.call('ZCOUNT', KEYS[i], live, '+inf') end
        return counts
        """;
}
