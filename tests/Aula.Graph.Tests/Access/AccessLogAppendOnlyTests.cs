using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Access;

/// Nothing changes an access log entry: the app refuses to save a change, and the database refuses an UPDATE
/// however it is sent. Deleting stays possible, for the retention job.
public sealed class AccessLogAppendOnlyTests
{
    [Fact]
    public Task SqliteRefusesToUpdateAndAllowsToDelete()
    {
        using var factory = new AulaFactory();
        return AppendOnly.ProveAsync(factory);
    }

    [Fact]
    public async Task TheAppRefusesToSaveAChangedOrRemovedEntry()
    {
        using var factory = new AulaFactory();
        var id = AppendOnly.AddEntry(factory);

        await using (var db = AppendOnly.Context(factory))
        {
            var entry = await db.AccessLog.AsTracking().SingleAsync(e => e.Id == id);
            entry.ClientId = "forged";
            var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("append-only", changed.Message, StringComparison.Ordinal);
        }
        await using (var db = AppendOnly.Context(factory))
        {
            db.AccessLog.Remove(await db.AccessLog.AsTracking().SingleAsync(e => e.Id == id));
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        }
        Assert.Null(factory.Query(db => db.AccessLog.Single(e => e.Id == id).ClientId));
    }

    [Fact]
    public async Task NoMutationTouchesTheLog()
    {
        using var factory = new AulaFactory();
        var mutations = (await factory.GraphQL("mette.hansen").PostAsync("{ __schema { mutationType { fields { name } } } }")).Ok();

        Assert.DoesNotContain(mutations["__schema"]!["mutationType"]!["fields"]!.AsArray(),
            f => f!["name"]!.GetValue<string>().Contains("AccessLog", StringComparison.OrdinalIgnoreCase));
    }
}

[Collection(PostgresDefinition.Name)]
public sealed class AccessLogAppendOnlyPostgresTests(PostgresServer postgres)
{
    [Fact]
    public async Task PostgresRefusesToUpdateOrTruncateAndAllowsToDelete()
    {
        using var factory = new AulaFactory(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Aula"] = await postgres.CreateDatabaseAsync(),
        });
        await AppendOnly.ProveAsync(factory);
        await using var db = AppendOnly.Context(factory);
        AppendOnly.AddEntry(factory);
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""TRUNCATE "AccessLog" """));
        Assert.NotEmpty(factory.Query(db => db.AccessLog.ToList()));
    }
}

internal static class AppendOnly
{
    public static AulaDbContext Context(AulaFactory factory) =>
        factory.Services.GetRequiredService<IDbContextFactory<AulaDbContext>>().CreateDbContext();

    public static long AddEntry(AulaFactory factory)
    {
        using var db = Context(factory);
        var entry = new AccessLogEntry
        {
            At = DateTimeOffset.UtcNow,
            ActorId = db.People.Single(p => p.Login == "lars.nielsen").Id,
            Kind = AccessKind.Consents,
            ChildId = db.People.Single(p => p.FirstName == "Sofie" && p.LastName == "Hansen").Id,
        };
        db.AccessLog.Add(entry);
        db.SaveChanges();
        return entry.Id;
    }

    /// An UPDATE fails whether sent as SQL or set-based through EF (which skips SaveChanges); a DELETE succeeds.
    public static async Task ProveAsync(AulaFactory factory)
    {
        var id = AddEntry(factory);
        await using var db = Context(factory);

        var raw = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlRawAsync("""UPDATE "AccessLog" SET "ClientId" = 'forged' WHERE "Id" = {0}""", id));
        Assert.Contains("append-only", raw.Message, StringComparison.Ordinal);
        await Assert.ThrowsAnyAsync<Exception>(() =>
            db.AccessLog.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorId, e => e.ActorId + 0)));
        Assert.Null(factory.Query(q => q.AccessLog.Single(e => e.Id == id).ClientId));

        Assert.Equal(1, await db.AccessLog.Where(e => e.Id == id).ExecuteDeleteAsync());
        Assert.False(factory.Query(q => q.AccessLog.Any(e => e.Id == id)));
    }
}
