namespace Aula.Graph.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Where the data lives. Bound from the <c>Database</c> section.</summary>
public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (embedded default) or <c>Postgres</c> (for more than one node).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Create demo data when the database is empty.</summary>
    public bool Seed { get; set; } = true;

    internal const string DefaultSqlite = "Data Source=data/aula.db";
}
