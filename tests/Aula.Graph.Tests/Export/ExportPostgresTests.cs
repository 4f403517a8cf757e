using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Export;

/// The export's queries and its snapshot on PostgreSQL, held to the same model walk.
[Collection(PostgresDefinition.Name)]
public sealed class ExportPostgresTests(PostgresServer postgres)
{
    [Fact]
    public async Task ExportHoldsEveryRowThatReferencesTheSubjectOnPostgres()
    {
        using var factory = new AulaFactory(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Aula"] = await postgres.CreateDatabaseAsync(),
        });

        await ExportCoverageTests.HoldsEveryRowAsync(factory);
    }
}
