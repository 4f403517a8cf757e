using Aula.Graph.People.Live;
using Aula.Realtime.Domain;

namespace Aula.Graph.Messaging.Live;

public static class LiveExtensions
{
    /// <summary>
    /// The domain side of the live channel (<c>AddAulaRealtime</c>): the decisions its hub asks for.
    /// </summary>
    public static IServiceCollection AddAulaLive(this IServiceCollection services)
    {
        services.AddSingleton<ILiveThreads, LiveThreads>();
        services.AddSingleton<ILivePeople, LivePeople>();
        return services;
    }
}
