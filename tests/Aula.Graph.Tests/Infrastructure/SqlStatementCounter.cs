using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Aula.Graph.Tests.Infrastructure;

/// Counts the SQL statements the app sends, so tests can prove a request costs a constant number.
/// The access log's inserts are counted apart: they are one per protected thing read (EF Core does not batch
/// SQLite inserts), which is what the log is for, not a read that a batch loader should have merged.
public sealed class SqlStatementCounter : DbCommandInterceptor
{
    private int count;
    private int accessLogWrites;

    public int Count => Volatile.Read(ref count);

    public int AccessLogWrites => Volatile.Read(ref accessLogWrites);

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        Interlocked.Exchange(ref accessLogWrites, 0);
    }

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Interlocked.Increment(ref result.CommandText.StartsWith("INSERT INTO \"AccessLog\"", StringComparison.Ordinal) ? ref accessLogWrites : ref count);
        return result;
    }
}
