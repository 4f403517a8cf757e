namespace Aula.Graph.Messaging;

internal static partial class MessagingLog
{
    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "A live event of thread {ThreadId} is stored but was not pushed")]
    public static partial void DoorbellFailed(ILogger logger, int threadId, Exception exception);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Message {MessageId} in thread {ThreadId} is stored but its event was not published")]
    public static partial void PublishFailed(ILogger logger, long messageId, int threadId, Exception exception);
}
