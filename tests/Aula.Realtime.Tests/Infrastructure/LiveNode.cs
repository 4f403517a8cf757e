namespace Aula.Realtime.Tests.Infrastructure;

/// One app instance on real Kestrel, on a free loopback port, so clients use real WebSockets.
public sealed class LiveNode : AulaHost
{
    public LiveNode(IReadOnlyDictionary<string, string?> settings)
        : base(settings)
    {
        this.UseLoopbackKestrel();
        StartServer();
    }

    public Uri Address => this.ServerAddress();

    public Uri HubUrl => new(Address, "/realtime");
}
