namespace Aula.Graph.Schema;

internal static partial class SubscriptionLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "A subscription could not check a {Kind} event; it was skipped")]
    public static partial void FilterFailed(ILogger logger, string kind, Exception exception);
}
