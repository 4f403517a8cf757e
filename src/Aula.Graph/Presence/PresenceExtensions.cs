using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Aula.Graph.Presence;

public static class PresenceExtensions
{
    /// <summary>The check-in module: children's days, their history, templates and the institution's capabilities.</summary>
    public static IServiceCollection AddAulaPresence(this IServiceCollection services)
    {
        services.TryAddSingleton<IPresenceEvents, NoPresenceEvents>();
        services.AddSingleton<PresenceBook>();
        services.AddSingleton<DayTargets>();
        services.AddSingleton<DayChanger>();
        services.AddSingleton<PickupReferences>();
        return services;
    }
}
