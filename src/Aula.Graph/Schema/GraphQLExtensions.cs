using System.Reflection;
using Aula.Graph.Schema.Loading;
using Aula.Graph.Schema.Nodes;
using GraphQL;

namespace Aula.Graph.Schema;

public static class GraphQLExtensions
{
    /// <summary>The one place the schema is built; the host and every test call it.</summary>
    public static IServiceCollection AddAulaGraphQL(this IServiceCollection services)
    {
        var assembly = typeof(AulaSchema).Assembly;

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
            if (typeof(ISubscriptionFields).IsAssignableFrom(type))
            {
                services.AddSingleton(typeof(ISubscriptionFields), type);
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

        // Other rooms add their validation rules, listeners and middleware with their own AddGraphQL calls.
        services.AddGraphQL(b => b
            .AddSchema<AulaSchema>()
            .AddGraphTypes(assembly)
            .AddSystemTextJson());
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
