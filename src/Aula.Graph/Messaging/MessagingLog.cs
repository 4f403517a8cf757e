namespace Aula.Graph.Messaging;

internal static partial class MessagingLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Write attempt {Attempt} lost a race or found the database busy; retrying")]
    public static partial void Retrying(ILogger logger, int attempt, Exception exception);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Gave up storing a message after {Attempts} attempts")]
    public static partial void GaveUp(ILogger logger, int attempts, Exception exception);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Message {MessageId} in thread {ThreadId} is stored but its event was not published")]
    public static partial void PublishFailed(ILogger logger, long messageId, int threadId, Exception exception);
}
