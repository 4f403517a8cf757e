using System.Text.Json.Serialization;

namespace Aula.Realtime.Events;

/// A doorbell: something changed. Events carry IDs, never content; whoever delivers one reloads what it
/// points to for the receiving person, so authorization runs again at delivery. The database is the truth.
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(MessageAdded), "messageAdded")]
[JsonDerivedType(typeof(ThreadRead), "threadRead")]
[JsonDerivedType(typeof(Typing), "typing")]
[JsonDerivedType(typeof(PresenceChanged), "presenceChanged")]
[JsonDerivedType(typeof(ChildPresenceChanged), "childPresenceChanged")]
public abstract record LiveEvent;

/// A message was committed to a thread (published only after the commit).
public sealed record MessageAdded(int ThreadId, int Sequence, long MessageId, int SenderId, bool Sensitive) : LiveEvent;

/// A participant read a thread up to a sequence.
public sealed record ThreadRead(int ThreadId, int PersonId, int Sequence) : LiveEvent;

/// A participant is typing in a thread.
public sealed record Typing(int ThreadId, int PersonId) : LiveEvent;

/// A person came online (any node holds a connection of theirs) or went offline (none does).
public sealed record PresenceChanged(int PersonId, bool Online) : LiveEvent;

/// A change to a child's day at a daycare, SFO or club was committed (event <paramref name="EventId"/>). The
/// institution is the one the day is at; <paramref name="Date"/> is the day in that institution's time zone.
public sealed record ChildPresenceChanged(int ChildId, int InstitutionId, DateOnly Date, long EventId) : LiveEvent;
