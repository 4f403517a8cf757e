using System.Text.Json;
using Aula.Graph.Access;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Export;

/// The sections of the export, in document order. Which rows belong to the subject is decided in
/// <see cref="AccessFilters"/> (AccessFilters.Export.cs); here they are only ordered and written.
internal static class ExportSections
{
    public static async Task WriteAsync(ExportWriter w, AulaDbContext db, ExportSubject s, CancellationToken ct)
    {
        await w.SectionAsync("people", db.ExportedPeople(s).OrderBy(p => p.Id), ct);
        await w.SectionAsync("profiles", db.ExportedProfiles(s).OrderBy(p => p.Id), ct);
        await w.SectionAsync("custodies", db.ExportedCustodies(s).OrderBy(c => c.ChildId).ThenBy(c => c.GuardianId), ct);
        await w.SectionAsync("enrollments", db.ExportedEnrollments(s).OrderBy(e => e.Id), ct);
        await w.SectionAsync("groupMemberships", db.ExportedMemberships(s).OrderBy(m => m.PersonId).ThenBy(m => m.GroupId), ct);
        await w.SectionAsync("threads", db.ExportedThreads(s).OrderBy(t => t.Id), ct);
        await w.SectionAsync("threadParticipants", db.ExportedParticipants(s).OrderBy(p => p.ThreadId).ThenBy(p => p.PersonId), ct);
        await w.SectionAsync("messages", db.ExportedMessages(s).OrderBy(m => m.ThreadId).ThenBy(m => m.Sequence), ct);
        await w.SectionAsync("consentAnswers", db.ExportedConsentAnswers(s).OrderBy(a => a.Id), ct);
        await w.SectionAsync("consentAnswerChanges", db.ExportedConsentChanges(s).OrderBy(c => c.Id), ct);
        await w.SectionAsync("accessLog", db.ExportedAccessLog(s).OrderBy(e => e.Id), ct);
        await w.SectionAsync("legalHolds", db.ExportedLegalHolds(s).OrderBy(h => h.ChildId), ct);
        await w.SectionAsync("weeklyPlans", db.ExportedPlans(s).OrderBy(p => p.Id), ct);
        await w.SectionAsync("weeklyPlanEntries", db.ExportedPlanEntries(s).OrderBy(e => e.WeeklyPlanId).ThenBy(e => e.Id), ct);
        await w.SectionAsync("pickupPersons", db.ExportedPickupPersons(s).OrderBy(p => p.Id), ct);
        await w.SectionAsync("presenceEvents", db.ExportedCheckInEvents(s).OrderBy(e => e.Id), ct);
        await w.SectionAsync("presenceTemplates", db.ExportedCheckInTemplates(s).OrderBy(d => d.ChildId).ThenBy(d => d.Weekday), ct);
        await w.SectionAsync("widgetPseudonyms", db.ExportedWidgetPseudonyms(s).OrderBy(p => p.Vendor).ThenBy(p => p.PersonId), ct);
        await w.SectionAsync("presenceSettings", db.ExportedCheckInSettings(s).OrderBy(p => p.InstitutionId), ct);
    }

    /// What the rows above refer to, so the document reads on its own: the definitions of answered consents,
    /// groups, institutions and municipalities. Each may refer to the next, hence the order.
    public static async Task WriteReferencesAsync(ExportWriter w, AulaDbContext db, CancellationToken ct)
    {
        await w.SectionAsync("consentDefinitions", Referenced(w, db.ConsentDefinitions), ct);
        await w.SectionAsync("groups", Referenced(w, db.Groups), ct);
        await w.SectionAsync("institutions", Referenced(w, db.Institutions), ct);
        await w.SectionAsync("municipalities", Referenced(w, db.Municipalities), ct);
    }

    /// Other people the rows name (a co-guardian, a thread's participants, who read the child's data), by name
    /// only: their contact details and the rest of their data are theirs, not the subject's.
    public static async Task WriteOtherPeopleAsync(Utf8JsonWriter json, ExportWriter w, AulaDbContext db, ExportSubject s, CancellationToken ct)
    {
        List<int> ids = [.. w.References.GetValueOrDefault(typeof(Person), []).Except(s.Ids)];
        var people = await db.People.Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.FirstName, p.LastName })
            .ToListAsync(ct);
        json.WriteStartArray("otherPeople");
        foreach (var person in people)
        {
            json.WriteStartObject();
            json.WriteNumber("id", person.Id);
            json.WriteString("firstName", person.FirstName);
            json.WriteString("lastName", person.LastName);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static IQueryable<T> Referenced<T>(ExportWriter w, IQueryable<T> all)
        where T : class
    {
        List<int> ids = [.. w.References.GetValueOrDefault(typeof(T), [])];
        return all.Where(e => ids.Contains(EF.Property<int>(e, "Id"))).OrderBy(e => EF.Property<int>(e, "Id"));
    }
}
