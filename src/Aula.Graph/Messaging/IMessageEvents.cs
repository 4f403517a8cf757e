namespace Aula.Graph.Messaging;

/// A message was stored (committed) in a thread. Events carry IDs only: whoever delivers one reloads what
/// it needs through the access rules, and a sensitive thread's push carries no body.
public sealed record MessageAdded(int ThreadId, int Sequence, long MessageId, int SenderId, bool Sensitive);

/// A participant's read mark moved forward (committed).
public sealed record ThreadMarkedRead(int ThreadId, int PersonId, int Sequence);

/// Where the messaging feature rings the doorbell after a commit. The live channel implements it; the
/// default does nothing, since clients catch up by sequence and the database is the truth.
public interface IMessageEvents
{
    Task MessageAddedAsync(MessageAdded added, CancellationToken cancellationToken);

    Task ThreadMarkedReadAsync(ThreadMarkedRead read, CancellationToken cancellationToken) => Task.CompletedTask;
}

internal sealed class NoMessageEvents : IMessageEvents
{
    public Task MessageAddedAsync(MessageAdded added, CancellationToken cancellationToken) => Task.CompletedTask;
}
