using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Testing;

/// The app on real Kestrel, for clients that need real sockets (WebSockets, SignalR).
public static class LoopbackKestrel
{
    /// Real Kestrel on a free IPv4 loopback port. "localhost:0" would bind IPv4 first and then try
    /// the same port on IPv6, which another socket may already hold: CI failed that way.
    public static void UseLoopbackKestrel(this WebApplicationFactory<Program> app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// Where the started server listens.
    public static Uri ServerAddress(this WebApplicationFactory<Program> app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }
}
