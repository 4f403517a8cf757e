using System.Data;
using Aula.Graph.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Export;

/// One read transaction around the whole export, so its sections agree with each other (a message never
/// without its thread). On SQLite a deferred one: the provider's default takes the write lock at once and
/// would hold every writer off for as long as the export runs; in WAL mode a reader blocks nobody.
internal static class ExportSnapshot
{
    public static async Task<IAsyncDisposable> BeginAsync(AulaDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return transaction;
    }
}
