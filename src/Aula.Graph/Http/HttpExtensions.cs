namespace Aula.Graph.Http;

/// Placeholder until the transport lands: see GraphQLHttpEndpoint.
public static class HttpExtensions
{
    public static IServiceCollection AddAulaHttp(this IServiceCollection services) => services;

    public static IApplicationBuilder UseAulaHttp(this IApplicationBuilder app) => app;

    public static IEndpointRouteBuilder MapAulaGraphQL(this IEndpointRouteBuilder app) => app;

    public static IEndpointRouteBuilder MapAulaHealth(this IEndpointRouteBuilder app) => app;
}
