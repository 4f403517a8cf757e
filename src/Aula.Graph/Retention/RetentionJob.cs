using System.Data.Common;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Aula.Graph.Retention;

/// Deletes the data of children due for deletion (<see cref="RetentionRules"/>), one transaction per child, then
/// ends the guardian role of everyone left with no child. Safe to run twice and on several nodes at once: each
/// transaction checks again that its work is still due, every delete is idempotent, a lost race (deadlock,
/// busy database) is retried, and a row added meanwhile that refers to the person (a hold, a new enrollment)
/// makes the final delete fail on its foreign key, so that child is left for the next run. Logs counts only.
public sealed class RetentionJob(
    IDbContextFactory<AulaDbContext> factory,
    WriteRetry writes,
    AulaClock clock,
    IOptions<RetentionOptions> options,
    ILogger<RetentionJob> logger)
{
    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        var latestDueEnd = RetentionRules.LatestDueEnd(clock.Today, options.Value.DeleteAfterMonths);
        var (children, guardians, roles, failed) = (0, 0, 0, 0);
        foreach (var id in await IdsAsync(db => db.DueForDeletion(latestDueEnd), cancellationToken))
        {
            switch (await EraseAsync((db, ct) => PersonEraser.EraseChildAsync(db, id, latestDueEnd, ct), cancellationToken))
            {
                case true: children++; break;
                case null: failed++; break;
            }
        }
        // Guardians only after the children: siblings deleted in parallel on two nodes each still see the other's
        // custody, and only the later of the two sees the guardian with none.
        foreach (var id in await IdsAsync(db => db.GuardiansWithoutChildren(), cancellationToken))
        {
            var outcome = await EraseAsync((db, ct) => PersonEraser.EndGuardianRoleAsync(db, id, ct), cancellationToken);
            guardians += outcome == GuardianOutcome.Erased ? 1 : 0;
            roles += outcome == GuardianOutcome.RoleEnded ? 1 : 0;
            failed += outcome is null ? 1 : 0;
        }
        var result = new RetentionResult(children, guardians, roles, failed);
        RetentionLog.Ran(logger, children, guardians, roles, failed);
        return result;
    }

    private async Task<List<int>> IdsAsync(Func<AulaDbContext, IQueryable<Person>> query, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await query(db).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
    }

    /// The outcome of one transaction, or null when it failed: retries used up, or a constraint that says the
    /// person gained data meanwhile.
    private async Task<T?> EraseAsync<T>(Func<AulaDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        where T : struct
    {
        try
        {
            var done = await writes.RunAsync(async (db, ct) => new Box<T>(await work(db, ct)), cancellationToken);
            return done?.Value;
        }
        catch (DbException e)
        {
            RetentionLog.EraseFailed(logger, RetentionLog.Describe(e));
            return null;
        }
    }

    private sealed record Box<T>(T Value);
}

/// What one run did, in counts. Runs at the same time on two nodes may both count a child that one of them deleted
/// and the other found deleted when its transaction went on; <see cref="Failed"/> are left for the next run.
public sealed record RetentionResult(int ChildrenDeleted, int GuardiansDeleted, int GuardianRolesEnded, int Failed);
