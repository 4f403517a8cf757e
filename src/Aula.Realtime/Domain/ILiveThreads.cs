using Aula.Realtime.Pushes;

namespace Aula.Realtime.Domain;

/// The messaging decisions the hub needs. Declared here, implemented by the host that owns the data, so the
/// live channel knows nothing of the database: every rule (visibility, step-up, idempotency) stays there.
public interface ILiveThreads
{
    /// Every thread the viewer takes part in today.
    Task<IReadOnlyList<LiveThread>> ThreadsOfAsync(LiveViewer viewer, CancellationToken cancellationToken);

    /// The thread with this global ID if the viewer takes part in it; unknown and invisible look the same.
    Task<LiveThread?> FindAsync(LiveViewer viewer, string threadId, CancellationToken cancellationToken);

    /// Stores a message through the same service as the GraphQL mutation, and returns it with its sequence.
    Task<LiveOutcome<MessagePush>> SendAsync(LiveViewer viewer, int threadKey, string body, string clientMessageId, CancellationToken cancellationToken);

    /// Marks the thread read up to a sequence, as the GraphQL mutation does; null means done.
    Task<HubError?> MarkReadAsync(LiveViewer viewer, int threadKey, int sequence, CancellationToken cancellationToken);
}


/// Who is connecting, and who shares a thread or a group with them.
public interface ILivePeople
{
    Task<LiveViewer?> IdentifyAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<LiveContacts> ContactsAsync(int personKey, CancellationToken cancellationToken);
}
