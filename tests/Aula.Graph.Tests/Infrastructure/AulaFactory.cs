using Aula.Graph.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Aula.Graph.Tests.Infrastructure;

/// The app in process over a fresh SQLite file of its own, seeded with the demo data.
/// Seeding at the real clock is done once and copied; a test with its own clock seeds afresh.
public sealed class AulaFactory : WebApplicationFactory<Program>
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "aula-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> settings;

    public AulaFactory(FakeTimeProvider? clock = null, string environment = "Development", IDictionary<string, string?>? settings = null)
    {
        Directory.CreateDirectory(directory);
        Clock = clock;
        Environment = environment;
        var database = Path.Combine(directory, "aula.db");
        if (clock is null && settings?.ContainsKey("Database:Provider") != true)
        {
            SeededTemplate.CopyTo(database);
        }
        this.settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Aula"] = $"Data Source={database}",
            ["Auth:DevelopmentKeyPath"] = Path.Combine(directory, "key.json"),
            ["Widgets:SigningKeyPath"] = Path.Combine(directory, "widget-key.json"),
            // Tests run the deletion job themselves (RetentionJob.RunAsync); the timer only where a test turns it on.
            ["Retention:Enabled"] = "false",
            // Budgets would make tests depend on each other's pace; CostTests turn them on.
            ["GraphQL:Cost:Enforce"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[key] = value;
        }
    }

    public FakeTimeProvider? Clock { get; }

    public string Environment { get; }

    public SqlStatementCounter Statements { get; } = new();

    /// A development token; with <paramref name="clientId"/> it names the OAuth client it was issued to.
    public string TokenFor(string login, bool mfa = false, string? clientId = null, TimeSpan? lifetime = null) =>
        Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(login, mfa, clientId, lifetime);

    public GraphQLClient GraphQL(string? login = null, bool mfa = false, string? clientId = null) =>
        new(CreateClient(), login is null ? null : TokenFor(login, mfa, clientId));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IInterceptor>(Statements);
            if (Clock is not null)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
