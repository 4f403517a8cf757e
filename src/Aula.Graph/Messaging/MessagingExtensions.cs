namespace Aula.Graph.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// Registers <see cref="MessageSender"/>, <see cref="ThreadMembership"/> and <see cref="ThreadSensitivity"/>, transport-neutral
    /// services the GraphQL mutations and the live channel share.
    /// </summary>
    public static IServiceCollection AddAulaMessaging(this IServiceCollection services)
    {
        services.AddSingleton<MessageSender>();
        services.AddSingleton<ThreadMembership>();
        services.AddSingleton<ThreadSensitivity>();
        return services;
    }
}
