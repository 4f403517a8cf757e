namespace Aula.Realtime.Pushes;

/// What the server pushes to a connection. Pushes are doorbells: a client that missed one asks
/// `messages(after: lastSequence)`; the database is the truth.
public interface IThreadClient
{
    Task MessageAdded(MessagePush message);

    Task ThreadRead(ThreadReadPush read);

    Task Typing(TypingPush typing);

    Task PresenceChanged(PresencePush presence);

    /// A child's day changed; sent to the staff of the day's institution and to the child's guardians.
    Task ChildPresenceChanged(ChildDayPush day);
}

/// A stored message. <see cref="Body"/> is null in a sensitive thread's push to a connection without step-up.
public sealed record MessagePush(
    string ThreadId, int Sequence, string MessageId, string AuthorId, string? Body, DateTimeOffset SentAt, bool Sensitive);

public sealed record ThreadReadPush(string ThreadId, string PersonId, int Sequence);

public sealed record TypingPush(string ThreadId, string PersonId);

public sealed record PresencePush(string PersonId, bool Online);

/// A child's day as it stands, by global IDs and without names: a client that shows more asks GraphQL for
/// `Child.day`. <see cref="Status"/> is the GraphQL `DayStatus` value (`PRESENT`); <see cref="Sequence"/> numbers
/// the day's changes, so a client can drop a push older than what it already shows.
public sealed record ChildDayPush(
    string ChildId, string InstitutionId, DateOnly Date, int Sequence, string Status,
    DateTimeOffset? CheckedInAt, DateTimeOffset? CheckedOutAt, TimeOnly? PlannedPickup, string? Note);

/// A failed call: a stable <see cref="Code"/> clients branch on, and a message for people. The connection stays usable.
public sealed record HubError(string Code, string Message);

/// The answer to a call that returns nothing else.
public record HubResult(HubError? Error)
{
    public static readonly HubResult Ok = new((HubError?)null);
}

/// The answer to SendMessage: the stored message with its sequence, or the error.
public sealed record SendMessageResult(MessagePush? Message, HubError? Error);
