using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Aula.Graph.Tests.Infrastructure;

/// A migrated, seeded database built once per test run; each test starts from a copy of it.
internal static class SeededTemplate
{
    private static readonly Lazy<string> Path = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void CopyTo(string database) => File.Copy(Path.Value, database);

    private static string Build()
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aula-tests", "template-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var database = System.IO.Path.Combine(directory, "aula.db");
        using (var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:Aula", $"Data Source={database}")
            .UseSetting("Auth:DevelopmentKeyPath", System.IO.Path.Combine(directory, "key.json"))
            .UseSetting("Retention:Enabled", "false")))
        {
            factory.Services.GetType(); // starts the host: migrates and seeds
        }
        // Fold the write-ahead log into the file so one file is the whole database.
        using (var connection = new SqliteConnection($"Data Source={database}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        return database;
    }
}
