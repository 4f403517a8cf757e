using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;
using LiveChildPresenceChanged = Aula.Realtime.Events.ChildPresenceChanged;

namespace Aula.Graph.CheckIn;

/// What a view of many children's days is narrowed to (an institution, a group: each only where the viewer is
/// check-in staff): a `childPresenceChanged` subscription, whether a change reaches it; a daily overview, its children.
internal sealed record DayScope(int? InstitutionId, int? GroupId)
{
    /// An ID the viewer may not narrow to answers exactly like one that names nothing.
    public static async Task<DayScope> OpenAsync(
        AulaDbContext db, Viewer viewer, string? institutionId, string? groupId, CancellationToken cancellationToken)
    {
        int? institution = null, group = null;
        if (institutionId is not null)
        {
            institution = GlobalId.Decode(institutionId, "Institution") is { } key
                && await db.CheckInStaffPlaces(viewer).AnyAsync(i => i.Id == key, cancellationToken)
                ? key : throw new AulaError(ErrorCodes.NotFound, "No institution with this ID.");
        }
        if (groupId is not null)
        {
            group = GlobalId.Decode(groupId, "Group") is { } key
                && await db.CheckInStaffGroups(viewer).AnyAsync(g => g.Id == key, cancellationToken)
                ? key : throw new AulaError(ErrorCodes.NotFound, "No group with this ID.");
        }
        return new DayScope(institution, group);
    }

    /// Asked per event with the viewer as they are now: the day as the database has it must be one they see, at
    /// the institution and among the children of the group they narrowed to.
    public async Task<bool> AcceptsAsync(AulaDbContext db, Viewer viewer, LiveChildPresenceChanged changed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(changed);
        // The day the event names, asked first so that most events of other children cost no statement.
        var named = ChildDay.Start(changed.ChildId, changed.InstitutionId, changed.Date, null);
        if (!viewer.SeesDay(named.ChildId, named.InstitutionId) || InstitutionId is { } place && place != changed.InstitutionId)
        {
            return false;
        }
        if (await ChildDays.LoadAsync(db, changed.ChildId, changed.Date, cancellationToken) is not { } day
            || !viewer.SeesDay(day.ChildId, day.InstitutionId) || InstitutionId is { } at && at != day.InstitutionId)
        {
            return false;
        }
        return GroupId is not { } group
            || await db.GroupMemberships.AnyAsync(m => m.GroupId == group && m.PersonId == day.ChildId && m.Role == GroupRole.Child, cancellationToken);
    }
}
