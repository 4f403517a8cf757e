namespace Aula.Realtime.Hubs;

/// What the server pushes to a connection. Pushes are doorbells: a client that missed one asks
/// `messages(after: lastSequence)`; the database is the truth.
public interface IThreadClient
{
    Task MessageAdded(MessagePush message);

    Task ThreadRead(ThreadReadPush read);

    Task Typing(TypingPush typing);

    Task PresenceChanged(PresencePush presence);
}

/// A stored message. <see cref="Body"/> is null in a sensitive thread's push to a connection without step-up.
public sealed record MessagePush(
    string ThreadId, int Sequence, string MessageId, string AuthorId, string? Body, DateTimeOffset SentAt, bool Sensitive);

public sealed record ThreadReadPush(string ThreadId, string PersonId, int Sequence);

public sealed record TypingPush(string ThreadId, string PersonId);

public sealed record PresencePush(string PersonId, bool Online);

/// A failed call: a stable <see cref="Code"/> clients branch on, and a message for people. The connection stays usable.
public sealed record HubError(string Code, string Message);

/// The answer to a call that returns nothing else.
public record HubResult(HubError? Error)
{
    public static readonly HubResult Ok = new((HubError?)null);
}

/// The answer to SendMessage: the stored message with its sequence, or the error.
public sealed record SendMessageResult(MessagePush? Message, HubError? Error);
