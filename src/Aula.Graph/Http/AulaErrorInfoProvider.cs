using Aula.Graph.Basics;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Errors.Custom;

namespace Aula.Graph.Http;

/// <summary>
/// Every error leaves with one stable code in <c>extensions.code</c>: an Aula code is kept;
/// syntax, validation, variable-coercion and operation-selection errors are <c>VALIDATION</c> (the document
/// is unacceptable, however it failed); complexity is <c>LIMIT_EXCEEDED</c>; a timeout is <c>UNAVAILABLE</c>;
/// anything that escaped a resolver is <c>INTERNAL</c> with a generic message, its details only in Development.
/// </summary>
public sealed class AulaErrorInfoProvider(bool exposeExceptionDetails) : IErrorInfoProvider
{
    private const int MaxMessageLength = 1_000;
    private const string InternalMessage = "An internal error occurred.";

    private static readonly HashSet<string> AulaCodes =
    [
        ErrorCodes.Unauthenticated, ErrorCodes.Forbidden, ErrorCodes.NotFound, ErrorCodes.StepUpRequired,
        ErrorCodes.Validation, ErrorCodes.LimitExceeded, ErrorCodes.RateLimited, ErrorCodes.Conflict,
        ErrorCodes.BadRequest, ErrorCodes.Unavailable, ErrorCodes.Internal, ErrorCodes.DocumentNotFound,
        ErrorCodes.TrustedDocumentRequired,
    ];

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        var code = CodeOf(executionError);
        var message = code == ErrorCodes.Internal && IsUnexpected(executionError) ? InternalMessage : executionError.Message;
        // Extensions our own code put on an error (say, a retry hint) go along; the code is always ours.
        var extensions = new Dictionary<string, object?>(executionError.Extensions ?? []) { ["code"] = code };
        if (exposeExceptionDetails && executionError.InnerException is { } inner)
        {
            extensions["details"] = inner.ToString();
        }
        return new ErrorInfo
        {
            Message = message.Length > MaxMessageLength ? string.Concat(message.AsSpan(0, MaxMessageLength), "…") : message,
            Extensions = extensions,
        };
    }

    public static string CodeOf(ExecutionError error) => error switch
    {
        { Code: { } code } when AulaCodes.Contains(code) => code,
        ComplexityError => ErrorCodes.LimitExceeded,
        DocumentError or RequestError => ErrorCodes.Validation,
        TimeoutError => ErrorCodes.Unavailable,
        _ => ErrorCodes.Internal,
    };

    /// An exception nobody meant the client to read; a plain ExecutionError's message was written for clients.
    private static bool IsUnexpected(ExecutionError error) =>
        error is UnhandledError || (error.InnerException is not null and not ExecutionError);
}
