using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Aula.Realtime.Basics;
using Aula.Realtime.Domain;
using Aula.Realtime.Pushes;
using Microsoft.AspNetCore.SignalR;

namespace Aula.Realtime.Hubs;

/// What the hub remembers about one connection between calls (hub instances live for one call only).
internal sealed class LiveConnection(LiveViewer viewer, RealtimeOptions options) : IDisposable
{
    private static readonly object Key = new();

    public LiveViewer Viewer { get; } = viewer;

    /// Threads whose groups the connection is in, by global ID.
    public ConcurrentDictionary<string, LiveThread> Threads { get; } = new(StringComparer.Ordinal);

    /// Per connection, so one noisy tab cannot starve the person's other connections.
    public RateLimiter Limiter { get; } = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
    {
        TokenLimit = options.CallBurst,
        TokensPerPeriod = options.CallsPerSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    });

    public static LiveConnection Of(HubCallerContext context) =>
        context.Items.TryGetValue(Key, out var value) && value is LiveConnection connection
            ? connection
            : throw new HubException($"{HubErrors.Unauthenticated}: the connection has no person.");

    /// The person of a connection the hub has accepted, else null.
    public static LiveViewer? ViewerOf(HubCallerContext context) =>
        context.Items.TryGetValue(Key, out var value) && value is LiveConnection connection ? connection.Viewer : null;

    public static void Attach(HubCallerContext context, LiveConnection connection) => context.Items[Key] = connection;

    public static LiveConnection? Detach(HubCallerContext context) =>
        context.Items.Remove(Key, out var value) ? value as LiveConnection : null;

    public void Dispose() => Limiter.Dispose();
}
