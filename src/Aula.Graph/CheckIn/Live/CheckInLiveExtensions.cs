using Aula.Realtime.Domain;

namespace Aula.Graph.CheckIn.Live;

public static class CheckInLiveExtensions
{
    /// <summary>
    /// The check-in module's side of the live channel (<c>AddAulaRealtime</c>): the staff groups and days its hub
    /// asks for.
    /// </summary>
    public static IServiceCollection AddAulaCheckInLive(this IServiceCollection services)
    {
        services.AddSingleton<ILiveCheckIn, LiveCheckIn>();
        return services;
    }
}
