using System.Reflection;
using Aula.Graph.Access;
using Aula.Graph.Http;
using Aula.Graph.Http.Cost;
using Aula.Graph.Http.WebSockets;
using Aula.Graph.Schema.Loading;
using Aula.Graph.Schema.Nodes;
using GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Aula.Graph.Schema;

public static class GraphQLExtensions
{
    /// <summary>The one place the schema is built; the host and every test call it.</summary>
    public static IServiceCollection AddAulaGraphQL(this IServiceCollection services)
    {
        var assembly = typeof(AulaSchema).Assembly;
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AulaClock>();
        services.AddSingleton<ViewerResolver>();
        services.AddScoped<ViewerContext>();
        services.AddScoped<AccessLog>();
        services.AddSingleton<ClientPolicy>();

        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IQueryFields).IsAssignableFrom(type))
            {
                services.AddSingleton(typeof(IQueryFields), type);
            }
            if (typeof(IMutationFields).IsAssignableFrom(type))
            {
                services.AddSingleton(typeof(IMutationFields), type);
            }
            foreach (var extension in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ITypeFields<>)))
            {
                services.AddSingleton(extension, type);
            }
            if (IsBatchLoader(type))
            {
                services.AddScoped(type);
                if (type.GetCustomAttribute<NodeTypeAttribute>() is { } node)
                {
                    services.AddSingleton<INodeSource>(new NodeSource(node.TypeName, type));
                }
            }
        }

        services.AddGraphQL(b => b
            .AddSchema<AulaSchema>()
            .AddGraphTypes(assembly)
            .AddSystemTextJson()
            .AddAulaErrorHandling()
            .AddValidationRule<AnonymousRule>()
            .AddValidationRule<WidgetSurfaceRule>()
            .AddDocumentListener<AccessLogListener>()
            .UseMiddleware<ThirdPartyReads>()
            .UseMiddleware<CostCounter>()
            .AddAulaIntrospection()
            .AddAulaComplexityLimit()
            .AddAulaSubscriptions());
        services.AddAulaWebSockets();
        return services;
    }

    private static bool IsBatchLoader(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(BatchLoader<,>))
            {
                return true;
            }
        }
        return false;
    }
}
