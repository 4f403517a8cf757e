namespace Aula.Graph.Messaging;

internal static partial class MessagingLog
{
    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Message {MessageId} in thread {ThreadId} is stored but its event was not published")]
    public static partial void PublishFailed(ILogger logger, long messageId, int threadId, Exception exception);
}
