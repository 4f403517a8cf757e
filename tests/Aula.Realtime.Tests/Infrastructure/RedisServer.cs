using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Aula.Realtime.Tests.Infrastructure;

/// A private redis-server for the test run on a free loopback port, persisting nothing. Tests share it and
/// keep apart by a fresh channel prefix each.
public sealed class RedisServer : IAsyncLifetime
{
    private Process? server;

    public int Port { get; private set; }

    public string Configuration => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public async Task InitializeAsync()
    {
        const string binary = "/usr/bin/redis-server";
        if (!File.Exists(binary))
        {
            throw new InvalidOperationException("redis-server not found: install the redis-server package (the test script does).");
        }
        Port = FreePort();
        server = Process.Start(new ProcessStartInfo(binary,
            ["--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                await using var redis = await ConnectionMultiplexer.ConnectAsync(Configuration);
                await redis.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < deadline && !server.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
        server?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class RedisDefinition : ICollectionFixture<RedisServer>
{
    public const string Name = "redis";
}
