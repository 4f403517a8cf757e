using Aula.Graph.Data;
using Aula.Graph.Http;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aula.Graph.Tests.Http;

public sealed class HealthTests
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpointAnswersHealthyAnonymously(string path)
    {
        using var factory = new AulaFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReadinessFailsWhenTheDatabaseCannotBeOpened()
    {
        var missing = Path.Combine(Path.GetTempPath(), "aula-tests", Guid.NewGuid().ToString("N"), "none.db");
        var check = new DatabaseHealthCheck(new Factory($"Data Source={missing};Mode=ReadOnly"));

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task ReadinessPassesWhenTheDatabaseOpens()
    {
        var check = new DatabaseHealthCheck(new Factory("Data Source=:memory:"));

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    private sealed class Factory(string connectionString) : IDbContextFactory<AulaDbContext>
    {
        public AulaDbContext CreateDbContext() =>
            new SqliteAulaDbContext(new DbContextOptionsBuilder<SqliteAulaDbContext>().UseSqlite(connectionString).Options);
    }
}
