namespace Aula.Graph.Export;

/// <summary>The right of access: the <c>exportMyData</c> field's builder, and its download.</summary>
public static class ExportExtensions
{
    /// <summary>Registers the export builder (scoped: it logs its reads in the request's access log).</summary>
    public static IServiceCollection AddAulaExport(this IServiceCollection services)
    {
        services.AddScoped<DataExporter>();
        return services;
    }

    /// <summary>Maps <c>GET /me/export</c>: the export as a JSON file, for a bearer token with a second factor.</summary>
    public static IEndpointRouteBuilder MapAulaExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExportEndpoint.Path, ExportEndpoint.HandleAsync);
        return app;
    }
}
