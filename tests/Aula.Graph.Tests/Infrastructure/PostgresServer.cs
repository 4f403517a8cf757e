using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Aula.Graph.Tests.Infrastructure;

/// A private PostgreSQL server for the test run, started from the machine's binaries on a free loopback
/// port, in a throwaway data directory. Each test asks for a database of its own.
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "aula-pg-" + Guid.NewGuid().ToString("N"));
    private Process? server;

    public int Port { get; private set; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=aula;Database={database};Pooling=true;Include Error Detail=true";

    public async Task<string> CreateDatabaseAsync()
    {
        var name = "aula_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task InitializeAsync()
    {
        var bin = FindBinaries();
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        AsPostgresUser("chown", "-R", "postgres", root);
        await RunAsync(Command(Path.Combine(bin, "initdb"), "-D", data, "-U", "aula", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"));
        Port = FreePort();
        server = Process.Start(Command(Path.Combine(bin, "postgres"), "-D", data, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-k", root, "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
            "-c", "full_page_writes=off", "-c", "max_connections=200"))!;
        await WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
        server?.Dispose();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
                await connection.OpenAsync();
                return;
            }
            catch (Exception e) when (e is NpgsqlException or SocketException && DateTime.UtcNow < deadline && server is { HasExited: false })
            {
                await Task.Delay(100);
            }
        }
    }

    /// PostgreSQL refuses to run as root: when the tests run as root, the server runs as `postgres`.
    private static ProcessStartInfo Command(string file, params string[] args)
    {
        var info = Environment.UserName == "root" ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", file, .. args]) : new ProcessStartInfo(file, args);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        return info;
    }

    private static void AsPostgresUser(string file, params string[] args)
    {
        if (Environment.UserName == "root")
        {
            using var process = Process.Start(file, args);
            process.WaitForExit();
        }
    }

    private static async Task RunAsync(ProcessStartInfo info)
    {
        using var process = Process.Start(info)!;
        var output = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{info.FileName} failed: {output}");
        }
    }

    private static string FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin"))
            : [];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "postgres")))
            ?? throw new InvalidOperationException("PostgreSQL binaries not found: install the postgresql package (the test script does).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresDefinition : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
