using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Aula.Graph.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// Registers <see cref="MessageSender"/>, <see cref="ThreadMembership"/> and <see cref="ThreadSensitivity"/>, transport-neutral
    /// services the GraphQL mutations and the live channel share, and a do-nothing <see cref="IMessageEvents"/> that the live channel replaces.
    /// </summary>
    public static IServiceCollection AddAulaMessaging(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Access.AulaClock>();
        services.TryAddSingleton<IMessageEvents, NoMessageEvents>();
        services.AddSingleton<MessageSender>();
        services.AddSingleton<ThreadMembership>();
        services.AddSingleton<ThreadSensitivity>();
        return services;
    }
}
