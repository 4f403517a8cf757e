using Aula.Graph.Auth;
using Aula.Graph.Tests.Infrastructure;
using Aula.Realtime.Events;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Aula.Graph.Tests.Access.Matrix;

/// The app the read-only cells share: on Kestrel (for sockets), with a bus that says when a subscription listens.
public sealed class MatrixApp : IDisposable
{
    private readonly AulaFactory factory = new();

    public MatrixApp()
    {
        Bus = new CountingBus(new InMemoryLiveEventBus(NullLogger<InMemoryLiveEventBus>.Instance));
        App = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILiveEventBus>(Bus)));
        App.UseLoopbackKestrel();
        App.StartServer();
        MatrixWorld.Prepare(App.Services);
    }

    public WebApplicationFactory<Program> App { get; }

    internal CountingBus Bus { get; }

    public void Dispose()
    {
        App.Dispose();
        factory.Dispose();
    }

    public static string TokenFor(WebApplicationFactory<Program> app, string login, bool mfa) =>
        app.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(login, mfa);
}
