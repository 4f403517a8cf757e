using Aula.Realtime.Domain;
using GraphQL;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Aula.Graph.AccessLogs;

public static class AccessLogExtensions
{
    /// <summary>The access log: the per-request recorder and its writer after execution, third-party reads, the
    /// live channel's reads, and the guard that keeps the log append-only.</summary>
    public static IServiceCollection AddAulaAccessLogs(this IServiceCollection services)
    {
        services.AddScoped<AccessLog>();
        services.AddSingleton<IInterceptor, AppendOnlyAccessLog>();
        services.AddSingleton<ILiveAccessLog, LiveAccessLog>();
        services.AddGraphQL(b => b
            .AddDocumentListener<AccessLogListener>()
            .UseMiddleware<ThirdPartyReads>());
        return services;
    }
}
