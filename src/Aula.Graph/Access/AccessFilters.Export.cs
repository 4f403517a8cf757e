using Aula.Graph.Data;

namespace Aula.Graph.Access;

/// The right of access: the rows stored about an export's subject. Each rule covers every column of its entity
/// that references a person (ExportCoverageTests walks the EF model to hold these to it); where a row is about
/// someone else too (a co-guardian's custody, a thread's other participants) it is still the subject's data.
public static partial class AccessFilters
{
    public static IQueryable<Person> ExportedPeople(this AulaDbContext db, ExportSubject s) =>
        db.People.Where(p => s.Ids.Contains(p.Id));

    public static IQueryable<Profile> ExportedProfiles(this AulaDbContext db, ExportSubject s) =>
        db.Profiles.Where(p => s.Ids.Contains(p.PersonId));

    public static IQueryable<Custody> ExportedCustodies(this AulaDbContext db, ExportSubject s) =>
        db.Custodies.Where(c => s.Ids.Contains(c.GuardianId) || s.Ids.Contains(c.ChildId));

    public static IQueryable<Enrollment> ExportedEnrollments(this AulaDbContext db, ExportSubject s) =>
        db.Enrollments.Where(e => s.Ids.Contains(e.ChildId));

    public static IQueryable<GroupMembership> ExportedMemberships(this AulaDbContext db, ExportSubject s) =>
        db.GroupMemberships.Where(m => s.Ids.Contains(m.PersonId));

    /// Threads a subject takes or took part in (left ones too: the person's messages are still stored), or started.
    public static IQueryable<ChatThread> ExportedThreads(this AulaDbContext db, ExportSubject s) =>
        db.Threads.Where(t => s.Ids.Contains(t.CreatedById)
            || db.ThreadParticipants.Any(p => p.ThreadId == t.Id && s.Ids.Contains(p.PersonId)));

    public static IQueryable<ThreadParticipant> ExportedParticipants(this AulaDbContext db, ExportSubject s) =>
        db.ThreadParticipants.Where(p => db.ExportedThreads(s).Any(t => t.Id == p.ThreadId));

    /// Messages a subject wrote, and those the viewer received: every message of a thread while they took part
    /// in it (up to when they left). What others wrote in a child's thread that the guardian is not in stays
    /// with its participants (the rights of others); the child's own messages there are the child's data.
    public static IQueryable<Message> ExportedMessages(this AulaDbContext db, ExportSubject s) =>
        db.Messages.Where(m => s.Ids.Contains(m.SenderId)
            || db.ThreadParticipants.Any(p => p.ThreadId == m.ThreadId && p.PersonId == s.PersonId
                && (p.LeftAt == null || m.SentAt <= p.LeftAt)));

    /// Answers given by the subject, and every guardian's answers about a subject child.
    public static IQueryable<ConsentAnswer> ExportedConsentAnswers(this AulaDbContext db, ExportSubject s) =>
        db.ConsentAnswers.Where(a => s.Ids.Contains(a.ChildId) || s.Ids.Contains(a.GuardianId));

    public static IQueryable<ConsentAnswerChange> ExportedConsentChanges(this AulaDbContext db, ExportSubject s) =>
        db.ConsentAnswerChanges.Where(c => s.Ids.Contains(c.ChildId) || s.Ids.Contains(c.GuardianId) || s.Ids.Contains(c.ChangedById));

    /// Reads of the subject's data, and the reads the subject made.
    public static IQueryable<AccessLogEntry> ExportedAccessLog(this AulaDbContext db, ExportSubject s) =>
        db.AccessLog.Where(e => s.Ids.Contains(e.ActorId)
            || (e.ChildId != null && s.Ids.Contains(e.ChildId.Value))
            || (e.PersonId != null && s.Ids.Contains(e.PersonId.Value)));

    public static IQueryable<LegalHold> ExportedLegalHolds(this AulaDbContext db, ExportSubject s) =>
        db.LegalHolds.Where(h => s.Ids.Contains(h.ChildId) || s.Ids.Contains(h.SetById));

    public static IQueryable<WeeklyPlan> ExportedPlans(this AulaDbContext db, ExportSubject s) =>
        db.WeeklyPlans.Where(p => s.Ids.Contains(p.AuthorId));

    public static IQueryable<WeeklyPlanEntry> ExportedPlanEntries(this AulaDbContext db, ExportSubject s) =>
        db.WeeklyPlanEntries.Where(e => db.ExportedPlans(s).Any(p => p.Id == e.WeeklyPlanId));

    /// The subject's days, and every day that names the subject: as who made the change, the guardian picking up,
    /// or the child another child goes home with (that arrangement is the subject's too).
    public static IQueryable<CheckInEvent> ExportedCheckInEvents(this AulaDbContext db, ExportSubject s) =>
        db.CheckInEvents.Where(e => s.Ids.Contains(e.ChildId)
            || (e.ActorId != null && s.Ids.Contains(e.ActorId.Value))
            || (e.PickupGuardianId != null && s.Ids.Contains(e.PickupGuardianId.Value))
            || (e.GoesHomeWithId != null && s.Ids.Contains(e.GoesHomeWithId.Value)));

    public static IQueryable<PickupPerson> ExportedPickupPersons(this AulaDbContext db, ExportSubject s) =>
        db.PickupPersons.Where(p => s.Ids.Contains(p.ChildId) || (p.AddedById != null && s.Ids.Contains(p.AddedById.Value)));

    public static IQueryable<CheckInTemplateDay> ExportedCheckInTemplates(this AulaDbContext db, ExportSubject s) =>
        db.CheckInTemplates.Where(d => s.Ids.Contains(d.ChildId) || (d.UpdatedById != null && s.Ids.Contains(d.UpdatedById.Value)));

    public static IQueryable<CheckInSettings> ExportedCheckInSettings(this AulaDbContext db, ExportSubject s) =>
        db.CheckInSettings.Where(p => p.UpdatedById != null && s.Ids.Contains(p.UpdatedById.Value));

    /// The subjects vendors know the subject by.
    public static IQueryable<WidgetPseudonym> ExportedWidgetPseudonyms(this AulaDbContext db, ExportSubject s) =>
        db.WidgetPseudonyms.Where(p => s.Ids.Contains(p.PersonId));
}
