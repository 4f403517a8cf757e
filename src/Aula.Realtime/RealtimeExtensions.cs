using Aula.Realtime.Basics;
using Aula.Realtime.Events;
using Aula.Realtime.Hubs;
using Aula.Realtime.Presence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Aula.Realtime;

public static class RealtimeExtensions
{
    /// <summary>
    /// The hub, the live event bus and online presence: over Redis when <c>Redis:Configuration</c> is set (SignalR
    /// backplane, pub/sub, presence leases, all under <c>Realtime:ChannelPrefix</c>), else one node in memory with
    /// the same code paths. The host registers the domain: <c>ILiveThreads</c>, <c>ILivePeople</c>, <c>ILiveAccessLog</c>,
    /// <c>ILiveCheckIn</c>; after each commit it announces what changed to <c>LivePublisher</c> or <c>ChildDayPublisher</c>.
    /// </summary>
    public static IServiceCollection AddAulaRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RealtimeOptions>().BindConfiguration("Realtime")
            .Configure(o => o.RedisConfiguration ??= configuration["Redis:Configuration"])
            .Validate(o => !string.IsNullOrWhiteSpace(o.ChannelPrefix) && !o.ChannelPrefix.Contains(' ', StringComparison.Ordinal), "Realtime:ChannelPrefix must be a non-empty word.")
            .Validate(o => o.PresenceTimeout >= TimeSpan.FromSeconds(1), "Realtime:PresenceTimeout must be at least one second.")
            .Validate(o => o.CallsPerSecond > 0 && o.CallBurst >= o.CallsPerSecond, "Realtime:CallsPerSecond must be positive and at most Realtime:CallBurst.")
            .Validate(o => o.MaximumReceiveMessageSize >= 1024, "Realtime:MaximumReceiveMessageSize must be at least 1024 bytes.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        var signalR = services.AddSignalR(o => o.AddFilter<PresenceHubFilter>());
        services.AddOptions<HubOptions>().Configure<IOptions<RealtimeOptions>>((hub, realtime) =>
        {
            hub.MaximumReceiveMessageSize = realtime.Value.MaximumReceiveMessageSize;
            hub.EnableDetailedErrors = false;
        });
        services.AddSingleton<LiveDoorbells>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveDoorbells>());
        services.AddSingleton<LivePublisher>();
        services.AddSingleton<ChildDayPublisher>();
        services.AddSingleton<PresenceNotifier>();
        services.AddSingleton<PresenceTracker>();
        services.AddSingleton<PresenceHubFilter>();
        services.AddSingleton<FullGroupMembers>();
        services.AddHostedService<PushReadRecorder>();

        // Decided at registration: which implementations exist is a deployment choice, not a runtime one.
        var options = new RealtimeOptions { RedisConfiguration = configuration["Redis:Configuration"] };
        configuration.GetSection("Realtime").Bind(options);
        if (!options.UsesRedis)
        {
            services.AddSingleton<ILiveEventBus, InMemoryLiveEventBus>();
            services.AddSingleton<IPresenceStore, InMemoryPresenceStore>();
            return services;
        }
        signalR.AddStackExchangeRedis(options.RedisConfiguration!, redis =>
            redis.Configuration.ChannelPrefix = RedisChannel.Literal(options.ChannelPrefix + ":signalr:"));
        services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            // The app starts and serves without Redis; pushes and presence resume when it is back.
            var redis = ConfigurationOptions.Parse(options.RedisConfiguration!);
            redis.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(redis);
        });
        services.AddSingleton<RedisLiveEventBus>();
        services.AddSingleton<ILiveEventBus>(sp => sp.GetRequiredService<RedisLiveEventBus>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisLiveEventBus>());
        services.AddSingleton<RedisPresenceStore>();
        services.AddSingleton<IPresenceStore>(sp => sp.GetRequiredService<RedisPresenceStore>());
        services.AddHostedService<PresenceHeartbeat>();
        return services;
    }

    /// <summary>
    /// Maps the hub at <c>/realtime</c>, WebSockets only: without sticky sessions no other transport works across
    /// nodes. A connection ends when its token expires; the client reconnects with a fresh one and catches up.
    /// </summary>
    public static IEndpointRouteBuilder MapAulaRealtime(this IEndpointRouteBuilder app)
    {
        app.MapHub<ThreadHub>(ThreadHub.Path, o =>
        {
            o.Transports = HttpTransportType.WebSockets;
            o.CloseOnAuthenticationExpiration = true;
        });
        return app;
    }
}
