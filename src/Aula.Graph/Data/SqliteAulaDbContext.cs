using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Aula.Graph.Data;

public sealed class SqliteAulaDbContext(DbContextOptions<SqliteAulaDbContext> options) : AulaDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot compare or order DateTimeOffset; UTC milliseconds can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
    }

    private sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.ToUnixTimeMilliseconds(),
        v => DateTimeOffset.FromUnixTimeMilliseconds(v));
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAulaDbContext>
{
    public SqliteAulaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAulaDbContext>().UseSqlite("Data Source=design.db").Options);
}
