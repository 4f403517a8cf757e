using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Aula.Graph.AccessLogs;

/// The access log is append-only: a save that would change or remove an entry fails before it reaches the
/// database, where a trigger refuses UPDATE as well (migration AccessLogAppendOnly). Removing a deleted child's
/// entries is the retention job's alone, with a set-based delete (ExecuteDelete), which the database allows.
internal sealed class AppendOnlyAccessLog : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Refuse(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refuse(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Refuse(DbContext? context)
    {
        if (context?.ChangeTracker.Entries<AccessLogEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted) == true)
        {
            throw new InvalidOperationException("The access log is append-only: its entries are never changed or removed.");
        }
    }
}
