using Aula.Graph.Data;

namespace Aula.Graph.Access;

/// The one place that decides what a viewer may see. Every read of the graph starts from one of these;
/// a row that is filtered out here is, for that viewer, a row that does not exist.
public static partial class AccessFilters
{
    /// Enrollments running today. Not a visibility rule in itself; the rules below build on it.
    public static IQueryable<Enrollment> CurrentEnrollments(this AulaDbContext db, DateOnly today) =>
        db.Enrollments.Where(e => e.StartDate <= today && (e.EndDate == null || e.EndDate >= today));

    /// Guardians see the children in their custody, pupils themselves, employees the children enrolled at their institutions.
    public static IQueryable<Person> VisibleChildren(this AulaDbContext db, Viewer viewer, DateOnly today) =>
        db.People.Where(p =>
            viewer.GuardianOf.Contains(p.Id)
            || (p.Id == viewer.PersonId && p.Profiles.Any(f => f.Kind == ProfileKind.Child))
            || db.CurrentEnrollments(today).Any(e => e.ChildId == p.Id && viewer.EmployeeAt.Contains(e.InstitutionId)));

    /// Groups of the viewer's children or of the viewer themself, and every group of an institution the viewer works at.
    /// A widget sees only the groups of institutions that enabled it.
    public static IQueryable<Group> VisibleGroups(this AulaDbContext db, Viewer viewer)
    {
        var groups = db.Groups.Where(g =>
            g.Memberships.Any(m => m.PersonId == viewer.PersonId || viewer.GuardianOf.Contains(m.PersonId))
            || g.Institutions.Any(i => viewer.EmployeeAt.Contains(i.InstitutionId)));
        return viewer.Widget is { } widget ? groups.Where(g => g.Institutions.Any(i => widget.Institutions.Contains(i.InstitutionId))) : groups;
    }

    /// Plans of visible groups; before its publish time a plan is seen only by the group's staff.
    public static IQueryable<WeeklyPlan> VisiblePlans(this AulaDbContext db, Viewer viewer, DateTimeOffset now) =>
        db.WeeklyPlans.Where(p =>
            db.VisibleGroups(viewer).Any(g => g.Id == p.GroupId)
            && (p.PublishAt <= now || db.StaffedGroups(viewer).Any(g => g.Id == p.GroupId)));

    /// Groups the viewer may plan for and see unpublished plans of: the group's own teachers, pedagogues and
    /// leaders, and the leaders of its institutions. Working at the institution alone is not enough: in a group
    /// across institutions that would let one institution's staff act for the other's.
    public static IQueryable<Group> StaffedGroups(this AulaDbContext db, Viewer viewer) =>
        db.Groups.Where(g =>
            g.Memberships.Any(m => m.PersonId == viewer.PersonId
                && (m.Role == GroupRole.Teacher || m.Role == GroupRole.Pedagogue || m.Role == GroupRole.Leader))
            || g.Institutions.Any(i => db.Profiles.Any(f => f.PersonId == viewer.PersonId
                && f.Kind == ProfileKind.Employee && f.Role == EmployeeRole.Leader && f.InstitutionId == i.InstitutionId)));

    /// Only threads the viewer takes part in and has not left.
    public static IQueryable<ChatThread> VisibleThreads(this AulaDbContext db, Viewer viewer) =>
        db.Threads.Where(t => db.ThreadParticipants.Any(p => p.ThreadId == t.Id && p.PersonId == viewer.PersonId && p.LeftAt == null));

    /// Messages of visible threads.
    public static IQueryable<Message> VisibleMessages(this AulaDbContext db, Viewer viewer) =>
        db.Messages.Where(m => db.VisibleThreads(viewer).Any(t => t.Id == m.ThreadId));

    /// Institutions the viewer works at or administers (its municipality's), or where a visible child is enrolled, or that a visible group belongs to.
    /// A widget sees only those that enabled it.
    public static IQueryable<Institution> VisibleInstitutions(this AulaDbContext db, Viewer viewer, DateOnly today)
    {
        var institutions = db.Institutions.Where(i =>
            viewer.EmployeeAt.Contains(i.Id)
            || viewer.AdministratorOf.Contains(i.MunicipalityId)
            || db.CurrentEnrollments(today).Any(e => e.InstitutionId == i.Id && db.VisibleChildren(viewer, today).Any(c => c.Id == e.ChildId))
            || db.GroupInstitutions.Any(gi => gi.InstitutionId == i.Id && db.VisibleGroups(viewer).Any(g => g.Id == gi.GroupId)));
        return viewer.Widget is { } widget ? institutions.Where(i => widget.Institutions.Contains(i.Id)) : institutions;
    }

    /// People the viewer has a reason to know: themself, visible children and their guardians, people in the
    /// viewer's threads, staff of visible groups, the authors of their plans, and guardians who share their contact
    /// details with the viewer (<see cref="SharingGuardians"/>). Every relation that leads to a
    /// person stays inside this set, so a person reached through a relation can also be fetched by ID.
    public static IQueryable<Person> VisiblePeople(this AulaDbContext db, Viewer viewer, DateOnly today) =>
        db.People.Where(p =>
            p.Id == viewer.PersonId
            || db.VisibleChildren(viewer, today).Any(c => c.Id == p.Id)
            || db.Custodies.Any(c => c.GuardianId == p.Id && db.VisibleChildren(viewer, today).Any(v => v.Id == c.ChildId))
            || db.ThreadParticipants.Any(tp => tp.PersonId == p.Id && db.VisibleThreads(viewer).Any(t => t.Id == tp.ThreadId))
            || db.GroupMemberships.Any(m => m.PersonId == p.Id && m.Role != GroupRole.Child && m.Role != GroupRole.Guardian
                && db.VisibleGroups(viewer).Any(g => g.Id == m.GroupId))
            || db.WeeklyPlans.Any(w => w.AuthorId == p.Id && db.VisibleGroups(viewer).Any(g => g.Id == w.GroupId))
            || db.SharingGuardians(viewer, today).Any(g => g == p.Id));

    /// Consent definitions that apply to a visible child: the child's municipality asks, or one of its institutions does.
    public static IQueryable<ConsentDefinition> VisibleConsentDefinitions(this AulaDbContext db, Viewer viewer, DateOnly today) =>
        db.ConsentDefinitions.Where(d => db.ApplicableConsents(viewer, today).Any(a => a.Definition.Id == d.Id));

    /// Each visible child with each consent that applies to it: asked by an institution where the child is
    /// enrolled today, or by the municipality of one.
    public static IQueryable<ApplicableConsent> ApplicableConsents(this AulaDbContext db, Viewer viewer, DateOnly today) =>
        from child in db.VisibleChildren(viewer, today)
        from e in db.CurrentEnrollments(today)
        where e.ChildId == child.Id
        from d in db.ConsentDefinitions
        where d.InstitutionId == null ? d.MunicipalityId == e.Institution.MunicipalityId : d.InstitutionId == e.InstitutionId
        select new ApplicableConsent { ChildId = child.Id, Definition = d };

    /// Members of visible groups: staff to anyone who sees the group; a child only to whoever may see that child
    /// (so a group across institutions shows each institution's staff only its own children); guardians only to
    /// the group's staff and to themselves.
    public static IQueryable<GroupMembership> VisibleMembers(this AulaDbContext db, Viewer viewer, DateOnly today) =>
        db.GroupMemberships.Where(m =>
            db.VisibleGroups(viewer).Any(g => g.Id == m.GroupId)
            && (m.Role == GroupRole.Child
                ? db.VisibleChildren(viewer, today).Any(c => c.Id == m.PersonId)
                : m.Role != GroupRole.Guardian
                    || m.PersonId == viewer.PersonId
                    || db.StaffedGroups(viewer).Any(g => g.Id == m.GroupId)));

    /// Messages whose bodies the viewer may read: those of visible threads, and of a sensitive thread only
    /// when the viewer's token carries the second factor.
    public static IQueryable<Message> ReadableMessages(this AulaDbContext db, Viewer viewer) =>
        db.VisibleMessages(viewer).Where(m => viewer.SteppedUp || !db.Threads.Any(t => t.Id == m.ThreadId && t.IsSensitive));

    /// Guardians' current consent answers: seen by the child's guardians, and by staff where the child is enrolled today.
    /// Pupils do not see their guardians' answers.
    public static IQueryable<ConsentAnswer> VisibleConsentAnswers(this AulaDbContext db, Viewer viewer, DateOnly today) =>
        db.ConsentAnswers.Where(a =>
            viewer.GuardianOf.Contains(a.ChildId)
            || db.CurrentEnrollments(today).Any(e => e.ChildId == a.ChildId && viewer.EmployeeAt.Contains(e.InstitutionId)));

    /// The history of consent answers: only the child's guardians see it.
    public static IQueryable<ConsentAnswerChange> VisibleConsentChanges(this AulaDbContext db, Viewer viewer) =>
        db.ConsentAnswerChanges.Where(c => viewer.GuardianOf.Contains(c.ChildId));

    /// People who share a thread (both still in it) or a group with the person: the audience of their presence.
    public static IQueryable<int> ContactsOf(this AulaDbContext db, int personId) =>
        db.ThreadParticipants
            .Where(p => p.PersonId != personId && p.LeftAt == null
                && db.ThreadParticipants.Any(mine => mine.ThreadId == p.ThreadId && mine.PersonId == personId && mine.LeftAt == null))
            .Select(p => p.PersonId)
            .Union(db.GroupMemberships
                .Where(m => m.PersonId != personId && db.GroupMemberships.Any(mine => mine.GroupId == m.GroupId && mine.PersonId == personId))
                .Select(m => m.PersonId));
}
