using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Aula.Graph.Data;

public sealed class PostgresAulaDbContext(DbContextOptions<PostgresAulaDbContext> options) : AulaDbContext(options);

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAulaDbContext>
{
    public PostgresAulaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAulaDbContext>().UseNpgsql("Host=localhost;Database=aula_design").Options);
}
