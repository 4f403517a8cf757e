using System.Text.RegularExpressions;

namespace Aula.Graph.Messaging;

/// The shape every message and new thread must have, checked before the database is touched.
public static partial class MessageRules
{
    public const int MaxBodyLength = 10_000;
    public const int MaxSubjectLength = 200;
    public const int MaxClientMessageIdLength = 64;
    public const int MaxRecipients = 50;

    /// The first problem with a message's body and idempotency key, or null.
    public static MessagingError? CheckMessage(string? body, string? clientMessageId)
    {
        var text = body?.Trim() ?? "";
        if (text.Length == 0)
        {
            return ThreadErrors.Invalid("body", "Write something: the body is empty.");
        }
        if (text.Length > MaxBodyLength)
        {
            return ThreadErrors.Invalid("body", $"The body takes at most {MaxBodyLength} characters.");
        }
        if (clientMessageId is null || !ClientMessageIdPattern().IsMatch(clientMessageId))
        {
            return ThreadErrors.Invalid("clientMessageId",
                $"clientMessageId takes 1 to {MaxClientMessageIdLength} of the characters A-Z, a-z, 0-9, '_', '-', ':' and '.'.");
        }
        return null;
    }

    /// The first problem with a new thread's subject and recipients (as named, and other than the sender), or null.
    public static MessagingError? CheckThread(string? subject, int named, int others)
    {
        var text = subject?.Trim() ?? "";
        if (text.Length == 0 || text.Length > MaxSubjectLength)
        {
            return ThreadErrors.Invalid("subject", $"The subject takes 1 to {MaxSubjectLength} characters.");
        }
        if (others == 0 || named > MaxRecipients)
        {
            return ThreadErrors.Invalid("recipientIds", $"Name 1 to {MaxRecipients} recipients other than yourself.");
        }
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9_\\-:.]{1,64}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex ClientMessageIdPattern();
}
