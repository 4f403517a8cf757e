using Aula.Graph.Auth;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Aula.Graph.Tests.Subscriptions;
using Aula.Graph.Widgets;
using Aula.Realtime.Events;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Access.Matrix;

/// The app the read-only cells share: on Kestrel (for sockets), with a bus that says when a subscription listens.
public sealed class MatrixApp : IDisposable
{
    private readonly AulaFactory factory = new();

    public MatrixApp()
    {
        Bus = new CountingBus();
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

    /// The role's token: a login's, or for <see cref="Role.Widget"/> a plans-widget token naming Sofie.
    public static async Task<string> TokenForAsync(WebApplicationFactory<Program> app, Role role, bool mfa)
    {
        var login = role.Login() ?? throw new ArgumentOutOfRangeException(nameof(role));
        if (role != Role.Widget)
        {
            return app.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(login, mfa);
        }
        var person = app.Services.GetRequiredService<IDbContextFactory<AulaDbContext>>().CreateDbContext().People.Single(p => p.Login == login).Id;
        var subject = await app.Services.GetRequiredService<WidgetPseudonyms>().ForAsync("Meebook ApS", person, CancellationToken.None);
        var targets = MatrixTargets.Load(app.Services, role);
        return app.Services.GetRequiredService<WidgetTokens>().Issue("ugeplan-overblik", subject, ["groups:read", "plans:read"], [targets.Sofie]).Token;
    }
}
