namespace Aula.Realtime.Domain;

/// Where the live channel reports what its connections were given, for the access log. The host decides what
/// is protected and writes it; a failure here is the host's to report, never a reason to hold a push back.
public interface ILiveAccessLog
{
    /// A new message of the thread was pushed to these viewers' connections with step-up on this node (the
    /// thread's full group, which gets the body). Logged as sensitive-thread reads if the thread is sensitive.
    Task MessagePushedAsync(int threadKey, IReadOnlyCollection<LiveViewer> readers, CancellationToken cancellationToken);

    /// A connection opened. Through a third-party client, everything pushed to it is read through that client.
    Task ConnectedAsync(LiveViewer viewer, CancellationToken cancellationToken);
}
