using Aula.Graph.Data;
using Aula.Graph.Data.Seed;

namespace Aula.Graph.Access;

/// Who sees whose contact details (phone, email, address). Nothing here is cached: a changed consent answer
/// counts from the next request.
public static partial class AccessFilters
{
    /// Staff who see the contact details of their institution's children and guardians. Specialists (PPR) do not,
    /// and a municipality's administrators hold no employee profile.
    private static readonly EmployeeRole[] ContactRoles =
        [EmployeeRole.Teacher, EmployeeRole.Pedagogue, EmployeeRole.Leader, EmployeeRole.Administrative];

    /// Institutions where the viewer's role shows the contact details of the children enrolled and their guardians.
    public static IReadOnlySet<int> ContactStaffInstitutions(this Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Profiles
            .Where(p => p.Kind == ProfileKind.Employee && p.InstitutionId is not null && p.Role is { } role && ContactRoles.Contains(role))
            .Select(p => p.InstitutionId!.Value)
            .ToHashSet();
    }

    /// Every reason the viewer may see a person's contact details; a person without a row is not visible:
    /// yourself; your own children; another guardian who shares theirs with you (<see cref="SharingGuardians"/>);
    /// for staff by role (<see cref="ContactStaffInstitutions"/>), each child enrolled today at their institution
    /// and that child's guardians, through that child. Pupils see only themselves.
    public static IQueryable<ContactGrant> ContactGrants(this AulaDbContext db, Viewer viewer, DateOnly today)
    {
        var staffAt = viewer.ContactStaffInstitutions();
        var enrolled = db.CurrentEnrollments(today).Where(e => staffAt.Contains(e.InstitutionId));
        return db.People
            .Where(p => p.Id == viewer.PersonId || viewer.GuardianOf.Contains(p.Id))
            .Select(p => new ContactGrant { PersonId = p.Id, StaffChildId = null })
            .Concat(db.SharingGuardians(viewer, today).Select(g => new ContactGrant { PersonId = g, StaffChildId = null }))
            .Concat(enrolled.Select(e => new ContactGrant { PersonId = e.ChildId, StaffChildId = e.ChildId }))
            .Concat(db.Custodies
                .Where(c => enrolled.Any(e => e.ChildId == c.ChildId))
                .Select(c => new ContactGrant { PersonId = c.GuardianId, StaffChildId = c.ChildId }));
    }

    /// Other guardians who share their contact details with the viewer as a guardian: guardian G answered
    /// `contact-sharing` yes for a child C1 in G's custody, and one of the viewer's children C2 is within the answered
    /// scope of C1. C2 may be C1 itself (a co-guardian) or any other child, a sibling included: only the scope counts.
    /// CLASS: C1 and C2 share their main group. YEAR: that, or their classes have the same grade at the same
    /// institution (a group without a grade, such as a daycare department, is a year of its own). INSTITUTION: that,
    /// or both are enrolled today at the same institution. Each answer counts for its own child only.
    public static IQueryable<int> SharingGuardians(this AulaDbContext db, Viewer viewer, DateOnly today)
    {
        var mine = viewer.GuardianOf;
        var main = db.MainGroupMemberships();
        var enrolled = db.CurrentEnrollments(today);
        return db.ConsentAnswers
            .Where(a => a.Granted && a.GuardianId != viewer.PersonId && a.Definition.Key == DemoConsents.ContactSharing
                && db.Custodies.Any(c => c.GuardianId == a.GuardianId && c.ChildId == a.ChildId)
                && (mine.Contains(a.ChildId)
                    || main.Any(m1 => m1.PersonId == a.ChildId && main.Any(m2 => mine.Contains(m2.PersonId)
                        && (m2.GroupId == m1.GroupId
                            || ((a.Scope == ConsentScope.Year || a.Scope == ConsentScope.Institution)
                                && m1.Group.Grade != null && m2.Group.Grade == m1.Group.Grade
                                && m2.Group.Institutions.Any(i => m1.Group.Institutions.Any(j => j.InstitutionId == i.InstitutionId))))))
                    || (a.Scope == ConsentScope.Institution
                        && enrolled.Any(e1 => e1.ChildId == a.ChildId
                            && enrolled.Any(e2 => e2.InstitutionId == e1.InstitutionId && mine.Contains(e2.ChildId))))))
            .Select(a => a.GuardianId);
    }

    /// A child's main group: their class, or for a child in no class (daycare) their department. An SFO department
    /// beside a class, or a group across institutions, is not the "class" that contact sharing speaks of.
    public static IQueryable<GroupMembership> MainGroupMemberships(this AulaDbContext db) =>
        db.GroupMemberships.Where(m => m.Role == GroupRole.Child
            && (m.Group.Kind == GroupKind.Class
                || (m.Group.Kind == GroupKind.Department
                    && !db.GroupMemberships.Any(o => o.PersonId == m.PersonId && o.Role == GroupRole.Child && o.Group.Kind == GroupKind.Class))));
}
