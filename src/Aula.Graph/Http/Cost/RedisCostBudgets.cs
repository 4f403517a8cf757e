using Aula.Realtime.Basics;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Aula.Graph.Http.Cost;

/// The same token buckets as <see cref="CostBudgets"/>, kept in Redis so that every node spends from one budget:
/// one Lua script per charge checks and takes from both buckets atomically, on Redis's clock in microseconds (so
/// requests within one millisecond still see the refill between them). A bucket expires once it would be full
/// again. Without Redis for a moment, requests are let through uncharged (and logged): limits are a fairness
/// measure, not a reason to stop serving.
public sealed partial class RedisCostBudgets(
    IConnectionMultiplexer redis, IOptions<CostOptions> options, IOptions<RealtimeOptions> realtime, ILogger<RedisCostBudgets> logger) : ICostBudgets
{
    /// KEYS: the buckets. ARGV: cost, then capacity and refill per second of each bucket.
    /// Returns granted (1/0), what is left (the smaller bucket), seconds to wait, never fits (1/0).
    private const string Script = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        local cost = tonumber(ARGV[1])
        local levels, left, wait, never = {}, nil, 0, 0
        for i, key in ipairs(KEYS) do
          local capacity, rate = tonumber(ARGV[2 * i]), tonumber(ARGV[2 * i + 1])
          local bucket = redis.call('HMGET', key, 'tokens', 'at')
          local level = capacity
          if bucket[1] then level = math.min(capacity, tonumber(bucket[1]) + (now - tonumber(bucket[2])) * rate / 1000000) end
          levels[i] = level
          if left == nil or level < left then left = level end
          if cost > capacity then never = 1 end
          if cost > level then wait = math.max(wait, math.ceil((cost - level) / rate)) end
        end
        if never == 1 or wait > 0 then return {0, math.floor(left), wait, never} end
        left = nil
        for i, key in ipairs(KEYS) do
          local capacity, rate = tonumber(ARGV[2 * i]), tonumber(ARGV[2 * i + 1])
          local level = levels[i] - cost
          redis.call('HSET', key, 'tokens', tostring(level), 'at', now)
          redis.call('PEXPIRE', key, math.ceil((capacity - level) * 1000 / rate) + 1000)
          if left == nil or level < left then left = level end
        end
        return {1, math.floor(left), 0, 0}
        """;

    private static readonly CostCharge Free = new(true, null, TimeSpan.Zero, false);

    private bool warned;

    public async ValueTask<CostCharge> ChargeAsync(int cost, string? person, string? client, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var prefix = realtime.Value.ChannelPrefix + ":cost:";
        List<RedisKey> keys = [];
        List<RedisValue> values = [cost];
        if (person is not null)
        {
            keys.Add(prefix + "person:" + person);
            values.AddRange([o.PersonCapacity, o.PersonRefillPerSecond]);
        }
        if (client is not null)
        {
            keys.Add(prefix + "client:" + client);
            values.AddRange([o.ClientCapacity, o.ClientRefillPerSecond]);
        }
        if (keys.Count == 0)
        {
            return Free;
        }
        // Not connected: answer at once rather than wait in the client's backlog for Redis to come back.
        if (!redis.IsConnected)
        {
            return Unavailable("not connected");
        }
        try
        {
            var reply = (long[])(await redis.GetDatabase().ScriptEvaluateAsync(Script, [.. keys], [.. values]))!;
            Volatile.Write(ref warned, false);
            return new CostCharge(reply[0] == 1, reply[1], TimeSpan.FromSeconds(reply[2]), reply[3] == 1);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return Unavailable(e.GetType().Name);
        }
    }

    /// Logged once per outage, not once per request.
    private CostCharge Unavailable(string error)
    {
        if (!Interlocked.Exchange(ref warned, true))
        {
            Uncharged(logger, error);
        }
        return Free;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cost budgets are unavailable ({Error}); requests run uncharged until Redis is back.")]
    private static partial void Uncharged(ILogger logger, string error);
}
