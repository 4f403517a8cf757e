using Microsoft.Extensions.Options;

namespace Aula.Graph.Http.Cost;

/// Token buckets per person and per client in this node's memory, for a single node (with Redis,
/// <see cref="RedisCostBudgets"/> shares them between nodes), refilled continuously from the app's clock.
/// Hand-written on purpose: System.Threading.RateLimiting's TokenBucketRateLimiter refills from the real stopwatch
/// even when replenished by hand, so no fake clock can drive it, and budgets must be testable without sleeping.
public sealed class CostBudgets(IOptions<CostOptions> options, TimeProvider clock) : ICostBudgets
{
    /// Full buckets are forgotten once this many are kept, at most once a minute: a bucket that is forgotten
    /// starts full again anyway.
    private const int SweepAbove = 10_000;
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, Bucket> buckets = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private long sweptAt;

    public ValueTask<CostCharge> ChargeAsync(int cost, string? person, string? client, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Charge(cost, person, client));

    private CostCharge Charge(int cost, string? person, string? client)
    {
        var o = options.Value;
        lock (gate)
        {
            var now = clock.GetTimestamp();
            List<Bucket> named = [];
            if (person is not null)
            {
                named.Add(Get("person:" + person, o.PersonCapacity, o.PersonRefillPerSecond, now));
            }
            if (client is not null)
            {
                named.Add(Get("client:" + client, o.ClientCapacity, o.ClientRefillPerSecond, now));
            }
            if (named.Count == 0)
            {
                return new CostCharge(true, null, TimeSpan.Zero, false);
            }
            var remaining = (long)named.Min(b => b.Tokens);
            if (named.Any(b => cost > b.Capacity))
            {
                return new CostCharge(false, remaining, TimeSpan.Zero, true);
            }
            var wait = named.Max(b => b.WaitFor(cost));
            if (wait > TimeSpan.Zero)
            {
                return new CostCharge(false, remaining, wait, false);
            }
            named.ForEach(b => b.Tokens -= cost);
            return new CostCharge(true, (long)named.Min(b => b.Tokens), TimeSpan.Zero, false);
        }
    }

    private Bucket Get(string key, int capacity, int perSecond, long now)
    {
        if (buckets.Count > SweepAbove && clock.GetElapsedTime(sweptAt, now) > SweepEvery)
        {
            sweptAt = now;
            foreach (var full in buckets.Where(b => b.Value.Refill(clock, now) >= b.Value.Capacity).Select(b => b.Key).ToList())
            {
                buckets.Remove(full);
            }
        }
        if (!buckets.TryGetValue(key, out var bucket))
        {
            buckets[key] = bucket = new Bucket(capacity, perSecond) { Tokens = capacity, At = now };
        }
        bucket.Refill(clock, now);
        return bucket;
    }

    private sealed class Bucket(int capacity, int perSecond)
    {
        public int Capacity => capacity;

        public double Tokens { get; set; }

        public long At { get; set; }

        public double Refill(TimeProvider clock, long now)
        {
            Tokens = Math.Min(capacity, Tokens + (clock.GetElapsedTime(At, now).TotalSeconds * perSecond));
            At = now;
            return Tokens;
        }

        public TimeSpan WaitFor(int cost) =>
            cost <= Tokens ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Ceiling((cost - Tokens) / perSecond));
    }
}

