using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Aula.Graph.Data;

public static class DataExtensions
{
    /// <summary>Registers <see cref="IDbContextFactory{AulaDbContext}"/> for the configured provider: one context per unit of work.</summary>
    public static IServiceCollection AddAulaData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        var connectionString = configuration.GetConnectionString("Aula");

        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Aula is not set.");
            }
            services.AddPooledDbContextFactory<PostgresAulaDbContext>((sp, o) => Configure(sp, o.UseNpgsql(connectionString)));
            services.AddSingleton<IDbContextFactory<AulaDbContext>, FactoryOf<PostgresAulaDbContext>>();
        }
        else
        {
            var sqlite = PrepareSqlite(connectionString ?? DatabaseOptions.DefaultSqlite);
            services.AddPooledDbContextFactory<SqliteAulaDbContext>((sp, o) => Configure(sp, o.UseSqlite(sqlite)));
            services.AddSingleton<IDbContextFactory<AulaDbContext>, FactoryOf<SqliteAulaDbContext>>();
        }
        services.AddSingleton<WriteRetry>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }

    private static void Configure(IServiceProvider services, DbContextOptionsBuilder builder) =>
        builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(services.GetServices<IInterceptor>());

    /// Creates the database folder and sets a busy timeout, so a locked database waits instead of failing.
    private static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource))
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = 30;
        }
        return builder.ToString();
    }

    private sealed class FactoryOf<T>(IDbContextFactory<T> inner) : IDbContextFactory<AulaDbContext>
        where T : AulaDbContext
    {
        public AulaDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
