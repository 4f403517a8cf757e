using Aula.Realtime.Pushes;

namespace Aula.Realtime.Domain;

/// The person behind a connection. Keys are the database's; IDs are the opaque global IDs clients see.
/// <see cref="ClientId"/> is the OAuth client the token was issued to (null for the platform's own apps).
public sealed record LiveViewer(int PersonKey, string PersonId, bool SteppedUp, string? ClientId = null);

/// A thread the viewer takes part in.
public sealed record LiveThread(int Key, string Id, bool Sensitive);

/// The people who should hear about a person's presence.
public sealed record LiveContacts(string PersonId, IReadOnlyList<int> ContactKeys);

/// A domain answer: a value, or a stable error code.
public sealed record LiveOutcome<T>(T? Value, HubError? Error)
    where T : class;
