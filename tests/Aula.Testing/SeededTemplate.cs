using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Aula.Testing;

/// A migrated SQLite file seeded with the demo data at the real clock, built once per test run; each app starts
/// from a copy of it.
public static class SeededTemplate
{
    private static readonly Lazy<string> Template = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void CopyTo(string database) => File.Copy(Template.Value, database);

    private static string Build()
    {
        // Kept for the whole run: every copy is taken from it.
        var directory = new TestDirectory("template-" + Guid.NewGuid().ToString("N"));
        var database = directory.Path("aula.db");
        using (var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:Aula", $"Data Source={database}")
            .UseSetting("Auth:DevelopmentKeyPath", directory.Path("key.json"))
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
