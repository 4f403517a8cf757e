namespace Aula.Graph.CheckIn;

public static class CheckInExtensions
{
    /// <summary>The check-in module: children's days, their history, templates and the institution's capabilities.</summary>
    public static IServiceCollection AddAulaCheckIn(this IServiceCollection services)
    {
        services.AddSingleton<CheckInBook>();
        services.AddSingleton<DayTargets>();
        services.AddSingleton<DayChanger>();
        services.AddSingleton<PickupReferences>();
        return services;
    }
}
