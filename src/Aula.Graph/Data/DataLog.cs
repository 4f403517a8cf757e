namespace Aula.Graph.Data;

internal static partial class DataLog
{
    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug, Message = "Write attempt {Attempt} lost a race or found the database busy; retrying")]
    public static partial void Retrying(ILogger logger, int attempt, Exception exception);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Gave up a write after {Attempts} attempts")]
    public static partial void GaveUp(ILogger logger, int attempts, Exception exception);
}
