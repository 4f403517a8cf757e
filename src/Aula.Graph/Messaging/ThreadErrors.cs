using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Schema.Errors;

namespace Aula.Graph.Messaging;

/// Why a messaging action did not happen. <see cref="Field"/> is the path inside the action's input.
public sealed record MessagingError(string Code, string Message, IReadOnlyList<string>? Field = null)
{
    /// As a mutation's user error, with the path starting at the `input` argument.
    public UserError ToUserError() => new(Code, Message, Field is null ? null : ["input", .. Field]);
}

/// The errors of the messaging feature, worded once so that every path says the same thing: an ID that
/// is malformed, of another type, unknown or invisible to the viewer gets the very same answer.
public static class ThreadErrors
{
    public const string SecondFactor = "SECOND_FACTOR";

    public static MessagingError ThreadNotFound(string field = "threadId") =>
        new(ErrorCodes.NotFound, "No thread with this ID.", [field]);

    public static MessagingError PersonNotFound(int index) =>
        new(ErrorCodes.NotFound, "No person with this ID.", ["recipientIds", index.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    public static MessagingError StepUp(string? field = null) =>
        new(ErrorCodes.StepUpRequired, "Sensitive threads need a login with a second factor (step-up).", field is null ? null : [field]);

    public static MessagingError Invalid(string field, string message) => new(ErrorCodes.Validation, message, [field]);

    public static MessagingError Conflict() =>
        new(ErrorCodes.Conflict, "This clientMessageId was already used for a different message.", ["clientMessageId"]);

    public static MessagingError Unavailable() =>
        new(ErrorCodes.Unavailable, "The message could not be stored right now; retry with the same clientMessageId.");

    /// The field error of a sensitive thread's contents read without a second factor; `requiredLevel`
    /// tells the client which login to ask for.
    public static AulaError StepUpRequired() =>
        new(ErrorCodes.StepUpRequired, "This thread is sensitive: log in with a second factor (step-up) to read it.")
        {
            Extensions = new Dictionary<string, object?> { ["requiredLevel"] = SecondFactor },
        };

    /// Throws <see cref="StepUpRequired"/> unless the viewer may open a thread with this sensitivity.
    public static void RequireStepUp(Viewer viewer, bool sensitive)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (sensitive && !viewer.SteppedUp)
        {
            throw StepUpRequired();
        }
    }
}
