using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Aula.Graph.Retention;

/// Counts and error codes only: never a name or an id of a person.
internal static partial class RetentionLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Retention run: {Children} children deleted, "
        + "{Guardians} guardians deleted, {Roles} guardian roles ended, {Failed} left for the next run")]
    public static partial void Ran(ILogger logger, int children, int guardians, int roles, int failed);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Retention could not delete one person's data ({Reason}); the next run tries again")]
    public static partial void EraseFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Error, Message = "Retention run failed ({Reason}); the next run tries again")]
    public static partial void RunFailed(ILogger logger, string reason);

    /// The kind of failure without its message, which can quote key values.
    public static string Describe(Exception exception) => exception switch
    {
        PostgresException p => "PostgreSQL " + p.SqlState,
        SqliteException s => "SQLite " + s.SqliteExtendedErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DbException d => d.GetType().Name + " " + d.SqlState,
        _ => exception.GetType().Name,
    };
}
