using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema.Errors;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Aula.Graph.Retention;

/// Sets and releases legal holds, for administrators of a municipality where the child is or was enrolled. For
/// anyone else the child does not exist (NOT_FOUND), whatever it is.
internal sealed class LegalHolds(IDbContextFactory<AulaDbContext> factory, WriteRetry writes, AulaClock clock, RetentionReader reader)
{
    public const int MaxReason = 500;

    /// Sets the hold, or sets it again with a new reason. A child deleted meanwhile fails on the foreign key: NOT_FOUND.
    public async Task<LegalHoldPayload> SetAsync(Viewer viewer, SetLegalHoldInput input, CancellationToken cancellationToken)
    {
        var childId = GlobalId.Decode(input.ChildId, "Child");
        if (childId is not { } id || !await AdministersAsync(viewer, id, cancellationToken))
        {
            return Failed(ErrorCodes.NotFound, "There is no child with this ID.");
        }
        var reason = input.Reason.Trim();
        if (reason.Length is 0 or > MaxReason)
        {
            return Failed(ErrorCodes.Validation, $"Give a reason of 1 to {MaxReason} characters.", "reason");
        }
        try
        {
            if (await writes.RunAsync((db, ct) => StoreAsync(db, viewer, id, reason, ct), cancellationToken) is null)
            {
                return Failed(ErrorCodes.Unavailable, "The hold could not be stored just now (the database is busy); try again.");
            }
        }
        catch (DbUpdateException e) when (IsForeignKeyViolation(e.InnerException))
        {
            return Failed(ErrorCodes.NotFound, "There is no child with this ID.");
        }
        var holds = await reader.HoldsAsync(viewer, id, cancellationToken);
        return holds.Count == 0 ? Failed(ErrorCodes.NotFound, "There is no child with this ID.") : new() { LegalHold = holds[0] };
    }

    public async Task<LegalHoldPayload> ReleaseAsync(Viewer viewer, ReleaseLegalHoldInput input, CancellationToken cancellationToken)
    {
        var childId = GlobalId.Decode(input.ChildId, "Child");
        if (childId is not { } id || !await AdministersAsync(viewer, id, cancellationToken))
        {
            return Failed(ErrorCodes.NotFound, "There is no child with this ID.");
        }
        var holds = await reader.HoldsAsync(viewer, id, cancellationToken);
        await using var db = factory.CreateDbContext();
        var released = await db.VisibleLegalHolds(viewer).Where(h => h.ChildId == id).ExecuteDeleteAsync(cancellationToken);
        return released == 0 || holds.Count == 0
            ? Failed(ErrorCodes.NotFound, "There is no legal hold for this child.")
            : new() { LegalHold = holds[0] };
    }

    private async Task<bool> AdministersAsync(Viewer viewer, int childId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.AdministeredChildren(viewer).AnyAsync(p => p.Id == childId, cancellationToken);
    }

    /// Two administrators setting the first hold at once: one insert loses on the key and its retry updates.
    private async Task<LegalHold> StoreAsync(AulaDbContext db, Viewer viewer, int childId, string reason, CancellationToken cancellationToken)
    {
        var hold = await db.LegalHolds.AsTracking().FirstOrDefaultAsync(h => h.ChildId == childId, cancellationToken);
        if (hold is null)
        {
            hold = new LegalHold { ChildId = childId, Reason = reason };
            db.Add(hold);
        }
        hold.Reason = reason;
        hold.SetById = viewer.PersonId;
        hold.SetAt = clock.Now;
        await db.SaveChangesAsync(cancellationToken);
        return hold;
    }

    private static bool IsForeignKeyViolation(Exception? e) => e switch
    {
        SqliteException s => s.SqliteExtendedErrorCode == 787, // SQLITE_CONSTRAINT_FOREIGNKEY
        PostgresException p => p.SqlState == PostgresErrorCodes.ForeignKeyViolation,
        _ => false,
    };

    private static LegalHoldPayload Failed(string code, string message, string field = "childId") =>
        new() { Errors = [new UserError(code, message, ["input", field])] };
}
