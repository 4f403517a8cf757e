using Aula.Graph.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Testing;

/// The whole app in process, configured by settings (`Section:Key`), with development tokens for the demo logins.
public abstract class AulaHost(IReadOnlyDictionary<string, string?> settings, string environment = "Development")
    : WebApplicationFactory<Program>
{
    public string Environment => environment;

    /// The settings every test app needs for its files in <paramref name="directory"/>: the database (a copy of
    /// the seeded template when <paramref name="seeded"/>) and the signing keys.
    public static Dictionary<string, string?> FileSettings(TestDirectory directory, bool seeded = true)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var database = directory.Path("aula.db");
        if (seeded)
        {
            SeededTemplate.CopyTo(database);
        }
        return new Dictionary<string, string?>
        {
            ["ConnectionStrings:Aula"] = $"Data Source={database}",
            ["Auth:DevelopmentKeyPath"] = directory.Path("key.json"),
            ["Widgets:SigningKeyPath"] = directory.Path("widget-key.json"),
        };
    }

    /// A development token; with <paramref name="clientId"/> it names the OAuth client it was issued to.
    public string TokenFor(string login, bool mfa = false, string? clientId = null, TimeSpan? lifetime = null) =>
        Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(login, mfa, clientId, lifetime);

    /// Replaces services for this host (a clock, a counting bus...).
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(ConfigureTestServices);
    }
}
