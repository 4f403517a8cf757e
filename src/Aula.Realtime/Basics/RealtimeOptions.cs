namespace Aula.Realtime.Basics;

/// <summary>The live channel. Bound from the <c>Realtime</c> section; <see cref="RedisConfiguration"/> from <c>Redis:Configuration</c>.</summary>
public sealed class RealtimeOptions
{
    /// <summary>Prefix of every Redis key and channel the live channel uses, so environments can share one Redis.</summary>
    public string ChannelPrefix { get; set; } = "aula";

    /// <summary>How long a crashed node's people stay online at most. Nodes renew their leases every third of it.</summary>
    public TimeSpan PresenceTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest hub frame a client may send; a bigger one closes the connection (SignalR's rule).</summary>
    public long MaximumReceiveMessageSize { get; set; } = 64 * 1024;

    /// <summary>Hub calls a connection may make per second, on average.</summary>
    public int CallsPerSecond { get; set; } = 5;

    /// <summary>Hub calls a connection may make in one burst.</summary>
    public int CallBurst { get; set; } = 20;

    /// <summary>StackExchange.Redis configuration; unset: one node, everything in memory.</summary>
    public string? RedisConfiguration { get; set; }

    internal TimeSpan HeartbeatInterval => PresenceTimeout / 3;

    /// A lease outlives two heartbeats' worth of time less one interval, so a dead node is swept within the timeout.
    internal TimeSpan Lease => PresenceTimeout - HeartbeatInterval;

    internal bool UsesRedis => !string.IsNullOrWhiteSpace(RedisConfiguration);
}
