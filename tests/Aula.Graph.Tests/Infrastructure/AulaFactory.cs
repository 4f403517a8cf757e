using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Aula.Graph.Tests.Infrastructure;

/// The app in process over a fresh SQLite file of its own, seeded with the demo data.
/// Seeding at the real clock is done once and copied; a test with its own clock seeds afresh.
public sealed class AulaFactory : AulaHost
{
    private readonly TestDirectory directory;
    private readonly Action<IServiceCollection>? services;

    /// <param name="services">Replaces services of the app (e.g. a bus that says when a subscription listens).</param>
    public AulaFactory(
        FakeTimeProvider? clock = null, string environment = "Development", IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
        : this(new TestDirectory(), clock, environment, settings, services)
    {
    }

    private AulaFactory(
        TestDirectory directory, FakeTimeProvider? clock, string environment, IDictionary<string, string?>? settings,
        Action<IServiceCollection>? services)
        : base(Settings(directory, seeded: clock is null && settings?.ContainsKey("Database:Provider") != true, settings), environment)
    {
        this.directory = directory;
        this.services = services;
        Clock = clock;
    }

    public FakeTimeProvider? Clock { get; }

    public SqlStatementCounter Statements { get; } = new();

    public GraphQLClient GraphQL(string? login = null, bool mfa = false, string? clientId = null) =>
        new(CreateClient(), login is null ? null : TokenFor(login, mfa, clientId));

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton<IInterceptor>(Statements);
        if (Clock is not null)
        {
            services.AddSingleton<TimeProvider>(Clock);
        }
        this.services?.Invoke(services);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        directory.Dispose();
    }

    private static Dictionary<string, string?> Settings(TestDirectory directory, bool seeded, IDictionary<string, string?>? overrides)
    {
        var settings = FileSettings(directory, seeded);
        // Tests run the deletion job themselves (RetentionJob.RunAsync); the timer only where a test turns it on.
        settings["Retention:Enabled"] = "false";
        // Budgets would make tests depend on each other's pace; CostTests turn them on.
        settings["GraphQL:Cost:Enforce"] = "false";
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return settings;
    }
}
