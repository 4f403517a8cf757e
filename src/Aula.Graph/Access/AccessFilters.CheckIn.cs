using Aula.Graph.Data;

namespace Aula.Graph.Access;

/// Who sees and changes children's days (arrival and departure). A day is seen by the child's guardians and by
/// the staff of the institution the day is at (the same roles that see contact details: not specialists); nobody
/// else, the child included. What guardians may change is each institution's choice (<see cref="CheckInSettings"/>).
public static partial class AccessFilters
{
    /// Check-in places whose day the viewer may see on a date: their children's, and every child's at an
    /// institution where they work as staff.
    public static IQueryable<Enrollment> VisibleCheckInPlaces(this AulaDbContext db, Viewer viewer, DateOnly date)
    {
        var staffAt = viewer.ContactStaffInstitutions();
        var places = db.CheckInPlaces(date)
            .Where(e => viewer.GuardianOf.Contains(e.ChildId) || staffAt.Contains(e.InstitutionId));
        return viewer.Widget is { } widget ? places.Where(e => widget.Institutions.Contains(e.InstitutionId)) : places;
    }

    /// Whether the viewer may see this day; a widget only at an institution that enabled it.
    public static bool SeesDay(this Viewer viewer, int childId, int institutionId) =>
        (viewer.GuardianOf.Contains(childId) || viewer.IsCheckInStaff(institutionId))
        && (viewer.Widget is not { } widget || widget.Institutions.Contains(institutionId));

    /// Staff of the institution: they check children in and out and may set any status on any day.
    public static bool IsCheckInStaff(this Viewer viewer, int institutionId) =>
        viewer.ContactStaffInstitutions().Contains(institutionId);

    /// Leaders and administrative staff decide what the institution lets guardians do, and which widgets it enables.
    public static bool ManagesInstitution(this Viewer viewer, int institutionId)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Profiles.Any(p => p.Kind == ProfileKind.Employee && p.InstitutionId == institutionId
            && p.Role is EmployeeRole.Leader or EmployeeRole.Administrative);
    }

    /// Whether the viewer may make a change to a child's day at an institution: its staff always; the child's
    /// guardians only a <paramref name="feature"/> the institution lets them (<see cref="CheckInSettings"/>), and
    /// nothing when the change has no guardian feature (checking in and out, setting any status).
    public static bool MayChangeDay(this Viewer viewer, int childId, int institutionId, CheckInSettings settings, GuardianFeature? feature)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.IsCheckInStaff(institutionId)
            || (viewer.GuardianOf.Contains(childId) && feature is { } f && settings.Allows(f));
    }

    /// Enrollments at institutions that register arrival and departure, running on the date.
    public static IQueryable<Enrollment> CheckInPlaces(this AulaDbContext db, DateOnly date) =>
        db.CheckInEnrollments().Where(e => e.StartDate <= date && (e.EndDate == null || e.EndDate >= date));

    /// Every enrollment, past and future too, at an institution that registers arrival and departure.
    public static IQueryable<Enrollment> CheckInEnrollments(this AulaDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Enrollments.Where(e => Institution.CheckInKinds.Contains(e.Institution.Kind));
    }
}
