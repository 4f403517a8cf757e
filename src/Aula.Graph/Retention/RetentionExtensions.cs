namespace Aula.Graph.Retention;

public static class RetentionExtensions
{
    /// <summary>
    /// Registers the deletion job (<see cref="RetentionJob"/>), its <see cref="RetentionOptions"/>, and the background
    /// service that runs it on a timer when <see cref="RetentionOptions.Enabled"/>.
    /// </summary>
    public static IServiceCollection AddAulaRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>()
            .BindConfiguration(RetentionOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<RetentionJob>();
        services.AddHostedService<RetentionService>();
        return services;
    }
}
