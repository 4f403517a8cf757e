using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Aula.Graph.Tests.Infrastructure;

public static class LoopbackKestrel
{
    /// Real Kestrel on a free IPv4 loopback port. "localhost:0" would bind IPv4 first and then try
    /// the same port on IPv6, which another socket may already hold: CI failed that way.
    public static void UseLoopbackKestrel(this WebApplicationFactory<Program> app) =>
        app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
}
