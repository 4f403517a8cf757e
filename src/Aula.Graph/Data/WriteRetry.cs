using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Aula.Graph.Data;

/// Runs one short write transaction, and runs it again when the database says "try again": a lost race on a
/// unique index (a thread's sequence, a sender's client message id), a concurrency-token conflict, a deadlock or
/// serialization failure, or SQLite's "database is locked". Each attempt has a fresh context, so nothing of a
/// failed attempt survives. Null when every attempt failed that way, or when the attempts took too long: a
/// locked SQLite database already waits its busy timeout inside each attempt.
public sealed class WriteRetry(IDbContextFactory<AulaDbContext> factory, ILogger<WriteRetry> logger)
{
    public const int MaxAttempts = 5;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    public async Task<T?> RunAsync<T>(Func<AulaDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        where T : class
    {
        var started = Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = factory.CreateDbContext();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var result = await work(db, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception e) when (IsRetryable(e))
            {
                if (attempt == MaxAttempts || Stopwatch.GetElapsedTime(started) > Budget)
                {
                    DataLog.GaveUp(logger, attempt, e);
                    return null;
                }
                DataLog.Retrying(logger, attempt, e);
                await Task.Delay(Backoff(attempt), cancellationToken);
            }
        }
    }

    /// 20, 40, 80, 160 ms, each with up to as much again at random, so that racing writers spread out.
    private static TimeSpan Backoff(int attempt)
    {
        var ms = 10 * (1 << attempt);
        return TimeSpan.FromMilliseconds(ms + Random.Shared.Next(ms));
    }

    public static bool IsRetryable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbUpdateConcurrencyException || IsUniqueViolation(e) || IsBusy(e))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsUniqueViolation(Exception e) => e switch
    {
        // SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY
        SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    private static bool IsBusy(Exception e) => e switch
    {
        // SQLITE_BUSY, SQLITE_LOCKED
        SqliteException s => s.SqliteErrorCode is 5 or 6,
        PostgresException p => p.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
        DbException d => d.IsTransient,
        _ => false,
    };
}
