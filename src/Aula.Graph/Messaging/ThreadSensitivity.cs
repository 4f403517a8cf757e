using Aula.Graph.Access;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Messaging;

/// Marking a thread sensitive. One way: once health or case details may have been written under the flag's
/// protection, lifting it would open them to every participant's password-only login and to body pushes, without
/// the say of the participants who relied on it. A thread marked by mistake is left for a new one.
public sealed class ThreadSensitivity(IDbContextFactory<AulaDbContext> factory)
{
    /// Any participant with step-up may mark; marking a sensitive thread again changes nothing. Null means done.
    /// Every read path takes the flag from the row (queries, each subscription event, each hub push), so it
    /// holds from the next read on; connections without step-up never sit in a thread's full push group.
    public async Task<MessagingError?> MarkAsync(Viewer viewer, int threadId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = factory.CreateDbContext();
        var thread = db.VisibleThreads(viewer).Where(t => t.Id == threadId);
        // A thread that is not the viewer's answers NOT_FOUND whatever the token, like one that does not exist.
        if (!await thread.AnyAsync(cancellationToken))
        {
            return ThreadErrors.ThreadNotFound();
        }
        if (!viewer.SteppedUp)
        {
            return ThreadErrors.StepUp();
        }
        await thread.Where(t => !t.IsSensitive).ExecuteUpdateAsync(s => s.SetProperty(t => t.IsSensitive, true), cancellationToken);
        return null;
    }
}
