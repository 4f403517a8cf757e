using Aula.Realtime.Domain;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Aula.Graph.Presence.Live;

public static class PresenceLiveExtensions
{
    /// <summary>
    /// The check-in module's side of the live channel (<c>AddAulaRealtime</c>): the staff groups and days its hub
    /// asks for, and the doorbell that publishes committed changes of children's days in place of the no-op.
    /// </summary>
    public static IServiceCollection AddAulaPresenceLive(this IServiceCollection services)
    {
        services.AddSingleton<ILiveCheckIn, LiveCheckIn>();
        services.Replace(ServiceDescriptor.Singleton<IPresenceEvents, LivePresenceEvents>());
        return services;
    }
}
