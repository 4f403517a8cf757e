using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Aula.Graph.Basics;

public static class BasicsExtensions
{
    /// <summary>The clock: the system's, unless a test registered its own <see cref="TimeProvider"/> first.</summary>
    public static IServiceCollection AddAulaBasics(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AulaClock>();
        return services;
    }
}
