using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Retention;

/// The deletes of one person's data, to run inside one transaction. Each step checks its condition again inside
/// the transaction and every delete is set-based, so a second run (or another node's run at the same time)
/// finds nothing left to do. Holds are never deleted: a person with one cannot be deleted (the key refuses it).
internal static class PersonEraser
{
    /// Deletes the child and everything that refers to it, if it is still due; false when it no longer is.
    public static async Task<bool> EraseChildAsync(AulaDbContext db, int childId, DateOnly latestDueEnd, CancellationToken cancellationToken)
    {
        if (!await db.DueForDeletion(latestDueEnd).AnyAsync(p => p.Id == childId, cancellationToken))
        {
            return false;
        }
        await EraseAsync(db, childId, cancellationToken);
        return true;
    }

    /// Ends the guardian role of a person with no child left in custody. Someone with another role (an employee,
    /// a pupil, an administrator) keeps the person, that role and everything written in it; only the guardian
    /// profile and the memberships as a guardian go. Someone who was only a guardian is deleted entirely.
    public static async Task<GuardianOutcome> EndGuardianRoleAsync(AulaDbContext db, int personId, CancellationToken cancellationToken)
    {
        if (!await db.GuardiansWithoutChildren().AnyAsync(p => p.Id == personId, cancellationToken))
        {
            return GuardianOutcome.None;
        }
        if (!await db.Profiles.AnyAsync(f => f.PersonId == personId && f.Kind != ProfileKind.Guardian, cancellationToken))
        {
            await EraseAsync(db, personId, cancellationToken);
            return GuardianOutcome.Erased;
        }
        await db.GroupMemberships.Where(m => m.PersonId == personId && m.Role == GroupRole.Guardian).ExecuteDeleteAsync(cancellationToken);
        await db.ConsentAnswerChanges.Where(c => c.GuardianId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.ConsentAnswers.Where(a => a.GuardianId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.Profiles.Where(f => f.PersonId == personId && f.Kind == ProfileKind.Guardian).ExecuteDeleteAsync(cancellationToken);
        return GuardianOutcome.RoleEnded;
    }

    /// Every row that refers to the person, then the person. Children of the person's custody keep their other
    /// guardians; threads are left as <see cref="ThreadEraser"/> says.
    private static async Task EraseAsync(AulaDbContext db, int id, CancellationToken cancellationToken)
    {
        await db.AccessLog.Where(e => e.ActorId == id || e.ChildId == id || e.PersonId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ConsentAnswerChanges.Where(c => c.ChildId == id || c.GuardianId == id || c.ChangedById == id).ExecuteDeleteAsync(cancellationToken);
        await db.ConsentAnswers.Where(a => a.ChildId == id || a.GuardianId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Custodies.Where(c => c.ChildId == id || c.GuardianId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Enrollments.Where(e => e.ChildId == id).ExecuteDeleteAsync(cancellationToken);
        await db.GroupMemberships.Where(m => m.PersonId == id).ExecuteDeleteAsync(cancellationToken);
        await ThreadEraser.RemoveAsync(db, id, cancellationToken);
        await EraseCheckInAsync(db, id, cancellationToken);
        await db.Profiles.Where(f => f.PersonId == id).ExecuteDeleteAsync(cancellationToken);
        await db.WidgetPseudonyms.Where(p => p.PersonId == id).ExecuteDeleteAsync(cancellationToken);
        await db.People.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken);
    }

    /// A child's days, pickup persons and template go with the child. Where the person is only named on another
    /// child's day (who made a change, who picked up, whom the child went home with) the name goes and the day stays.
    private static async Task EraseCheckInAsync(AulaDbContext db, int id, CancellationToken cancellationToken)
    {
        await db.CheckInEvents.Where(e => e.ChildId == id).ExecuteDeleteAsync(cancellationToken);
        await db.CheckInEvents.Where(e => e.ActorId == id).ExecuteUpdateAsync(u => u.SetProperty(e => e.ActorId, (int?)null), cancellationToken);
        await db.CheckInEvents.Where(e => e.PickupGuardianId == id).ExecuteUpdateAsync(u => u.SetProperty(e => e.PickupGuardianId, (int?)null), cancellationToken);
        await db.CheckInEvents.Where(e => e.GoesHomeWithId == id).ExecuteUpdateAsync(u => u.SetProperty(e => e.GoesHomeWithId, (int?)null), cancellationToken);
        await db.PickupPersons.Where(p => p.ChildId == id).ExecuteDeleteAsync(cancellationToken);
        await db.PickupPersons.Where(p => p.AddedById == id).ExecuteUpdateAsync(u => u.SetProperty(p => p.AddedById, (int?)null), cancellationToken);
        await db.CheckInTemplates.Where(d => d.ChildId == id).ExecuteDeleteAsync(cancellationToken);
        await db.CheckInTemplates.Where(d => d.UpdatedById == id).ExecuteUpdateAsync(u => u.SetProperty(d => d.UpdatedById, (int?)null), cancellationToken);
        await db.CheckInSettings.Where(p => p.UpdatedById == id).ExecuteUpdateAsync(u => u.SetProperty(p => p.UpdatedById, (int?)null), cancellationToken);
    }
}

internal enum GuardianOutcome { None, RoleEnded, Erased }
