using System.Net;
using Aula.Graph.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Realtime.Tests.Infrastructure;

/// One app instance on real Kestrel, on a free loopback port, so clients use real WebSockets.
public sealed class LiveNode : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> settings;

    public LiveNode(IReadOnlyDictionary<string, string?> settings)
    {
        this.settings = settings;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0)); // not localhost:0, which also binds IPv6 on a port that may be taken
        StartServer();
    }

    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public Uri HubUrl => new(Address, "/realtime");

    public string TokenFor(string login, bool mfa = false, string? clientId = null, TimeSpan? lifetime = null) =>
        Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(login, mfa, clientId, lifetime);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
