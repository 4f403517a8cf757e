using Aula.Graph.People.Live;
using Aula.Realtime.Domain;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Aula.Graph.Messaging.Live;

public static class LiveExtensions
{
    /// <summary>
    /// The domain side of the live channel (<c>AddAulaRealtime</c>): the decisions its hub asks for, and the
    /// message doorbell that publishes stored messages to it.
    /// </summary>
    public static IServiceCollection AddAulaLive(this IServiceCollection services)
    {
        services.AddSingleton<ILiveThreads, LiveThreads>();
        services.AddSingleton<ILiveMessages, LiveMessages>();
        services.AddSingleton<ILivePeople, LivePeople>();
        services.AddSingleton<ILiveAccessLog, LiveAccessLog>();
        services.AddSingleton<LiveMessageEvents>();
        services.Replace(ServiceDescriptor.Singleton<IMessageEvents>(sp => sp.GetRequiredService<LiveMessageEvents>()));
        return services;
    }
}
