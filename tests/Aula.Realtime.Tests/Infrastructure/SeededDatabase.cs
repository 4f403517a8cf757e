using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Aula.Realtime.Tests.Infrastructure;

/// A migrated, seeded SQLite file built once per test run; each cluster starts from a copy of it.
internal static class SeededDatabase
{
    private static readonly Lazy<string> Template = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void CopyTo(string database) => File.Copy(Template.Value, database);

    private static string Build()
    {
        var directory = Path.Combine(Path.GetTempPath(), "aula-realtime-tests", "template-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var database = Path.Combine(directory, "aula.db");
        using (var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:Aula", $"Data Source={database}")
            .UseSetting("Auth:DevelopmentKeyPath", Path.Combine(directory, "key.json"))))
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
