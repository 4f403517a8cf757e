using Aula.Graph.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Data;

/// Migrates on start, turns on SQLite's write-ahead log, and seeds demo data into an empty database.
internal sealed partial class DatabaseInitializer(
    IDbContextFactory<AulaDbContext> factory,
    DatabaseOptions options,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        if (options.Seed && !await db.People.AnyAsync(cancellationToken))
        {
            try
            {
                await DemoData.SeedAsync(db, clock, cancellationToken);
                LogSeeded(logger);
            }
            catch (DbUpdateException)
            {
                // Two nodes started on one empty database: the other one's seed won; ours rolled back.
                if (!await OtherNodeSeededAsync(cancellationToken))
                {
                    throw;
                }
            }
        }
    }

    private async Task<bool> OtherNodeSeededAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.People.AnyAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Seeded demo data into an empty database")]
    private static partial void LogSeeded(ILogger logger);
}
