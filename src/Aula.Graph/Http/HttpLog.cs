namespace Aula.Graph.Http;

/// The transport's log lines: no variables, no documents, no personal data.
internal static partial class HttpLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Error,
        Message = "Unhandled exception in GraphQL operation {OperationName}, field {FieldName}")]
    public static partial void UnhandledException(ILogger logger, string? operationName, string? fieldName, Exception exception);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "GraphQL request refused: {Reason}")]
    public static partial void LimitExceeded(ILogger logger, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "GraphQL request with an invalid bearer token refused")]
    public static partial void InvalidToken(ILogger logger);
}
