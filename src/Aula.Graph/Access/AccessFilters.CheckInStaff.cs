using Aula.Graph.Data;

namespace Aula.Graph.Access;

/// Where a viewer works as check-in staff (<see cref="IsCheckInStaff"/>) at an institution that has arrival and
/// departure: the places whose every child's day they follow live, and what they may narrow a view of days to.
public static partial class AccessFilters
{
    public static IQueryable<Institution> CheckInStaffPlaces(this AulaDbContext db, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var staffAt = viewer.EmployeeAt.Where(viewer.IsCheckInStaff).ToList();
        return db.Institutions.Where(i => staffAt.Contains(i.Id) && Institution.CheckInKinds.Contains(i.Kind));
    }

    /// Groups at such a place (a daycare's department, an SFO's group).
    public static IQueryable<Group> CheckInStaffGroups(this AulaDbContext db, Viewer viewer)
    {
        var places = db.CheckInStaffPlaces(viewer);
        return db.Groups.Where(g => g.Institutions.Any(gi => places.Any(p => p.Id == gi.InstitutionId)));
    }
}
