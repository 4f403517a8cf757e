using Aula.Graph.Basics;
using GraphQL;

namespace Aula.Graph.Access;

public static class AccessExtensions
{
    /// <summary>The viewer of each request, the client policy and the rule that keeps anonymous requests out.</summary>
    public static IServiceCollection AddAulaAccess(this IServiceCollection services)
    {
        services.AddAulaBasics();
        services.AddHttpContextAccessor();
        services.AddOptions<ClientOptions>().BindConfiguration(ClientOptions.Section)
            .Validate(o => o.FirstPartyClients.All(c => !string.IsNullOrWhiteSpace(c)), "Auth:FirstPartyClients must not hold empty client ids.")
            .ValidateOnStart();
        services.AddSingleton<ClientPolicy>();
        services.AddSingleton<ViewerResolver>();
        services.AddScoped<ViewerContext>();
        services.AddGraphQL(b => b.AddValidationRule<AnonymousRule>());
        return services;
    }
}
