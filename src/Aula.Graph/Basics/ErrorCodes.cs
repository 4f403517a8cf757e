using GraphQL;

namespace Aula.Graph.Basics;

/// The stable codes in `extensions.code`. Clients branch on these, never on messages.
public static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string StepUpRequired = "STEP_UP_REQUIRED";
    public const string Validation = "VALIDATION";
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    public const string RateLimited = "RATE_LIMITED";
    public const string Conflict = "CONFLICT";
    public const string BadRequest = "BAD_REQUEST";
    public const string DocumentNotFound = "DOCUMENT_NOT_FOUND";
    public const string TrustedDocumentRequired = "TRUSTED_DOCUMENT_REQUIRED";
    public const string Unavailable = "UNAVAILABLE";
    public const string Internal = "INTERNAL";
}

/// A field error with a stable code.
public sealed class AulaError : ExecutionError
{
    public AulaError(string code, string message)
        : base(message) => Code = code;

    public AulaError() : base("Error") { }

    public AulaError(string message) : base(message) { }

    public AulaError(string message, Exception innerException) : base(message, innerException) { }
}
