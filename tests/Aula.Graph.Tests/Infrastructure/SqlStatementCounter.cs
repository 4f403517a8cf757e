using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Aula.Graph.Tests.Infrastructure;

/// Counts the SQL statements the app sends, so tests can prove a request costs a constant number.
public sealed class SqlStatementCounter : DbCommandInterceptor
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Reset() => Interlocked.Exchange(ref count, 0);

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Interlocked.Increment(ref count);
        return result;
    }
}
