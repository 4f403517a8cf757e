using static Aula.Graph.Tests.Access.Matrix.Role;

namespace Aula.Graph.Tests.Access.Matrix;

/// Every mutation, aimed at Sofie's world; each cell runs on a database of its own.
internal static class MutationEntries
{
    public static IEnumerable<MatrixEntry> All =>
    [
        Entry.Mutation("answerConsent", "AnswerConsentInput", "consent { definition { id } }",
                t => new { childId = t.Sofie, definitionId = t.SchoolPhoto, granted = false })
            .Reaches("answerConsent.consent.definition.id", t => t.SchoolPhoto)
            .Allow(Guardian)
            .Forbid(Employee),

        Entry.Mutation("markThreadRead", "MarkThreadReadInput", "thread { id }", t => new { threadId = t.Thread })
            .Reaches("markThreadRead.thread.id", t => t.Thread)
            .Allow(Guardian, Employee),

        Entry.Mutation("muteThread", "MuteThreadInput", "thread { id }", t => new { threadId = t.Thread, muted = true })
            .Reaches("muteThread.thread.id", t => t.Thread)
            .Allow(Guardian, Employee),

        Entry.Mutation("leaveThread", "LeaveThreadInput", "threadId", t => new { threadId = t.Thread })
            .Reaches("leaveThread.threadId", t => t.Thread)
            .Allow(Guardian, Employee),

        // Rewrites next week's (unpublished) plan of 3A.
        Entry.Mutation("saveWeeklyPlan", "SaveWeeklyPlanInput", "weeklyPlan { group { id } }",
                t => new { groupId = t.Class3A, week = t.UnpublishedWeek, entries = new[] { new { day = "MONDAY", subject = "Dansk", text = "Læsning" } } })
            .Reaches("saveWeeklyPlan.weeklyPlan.group.id", t => t.Class3A)
            .Allow(Employee)
            .Forbid(Guardian, OtherGuardian, Pupil),

        // A new thread with Sofie herself. Noah may: they share the class's thread.
        Entry.Mutation("startThread", "StartThreadInput", "thread { participants { person { id } } }",
                t => new { subject = "Hej Sofie", recipientIds = new[] { t.SofiePerson }, body = "Hej", clientMessageId = "matrix-start" })
            .Reaches("startThread.thread.participants.person.id", t => t.SofiePerson)
            .Allow(Guardian, Pupil, Employee),

        Entry.Mutation("sendMessage", "SendMessageInput", "thread { id }",
                t => new { threadId = t.Thread, body = "Hej", clientMessageId = "matrix-send" })
            .Reaches("sendMessage.thread.id", t => t.Thread)
            .Allow(Guardian, Employee),

        Entry.Mutation("markThreadSensitive", "MarkThreadSensitiveInput", "thread { id }", t => new { threadId = t.Thread })
            .Reaches("markThreadSensitive.thread.id", t => t.Thread)
            .Allow(Guardian, Employee),

        Entry.Mutation("setLegalHold", "SetLegalHoldInput", "legalHold { childId }", t => new { childId = t.Sofie, reason = "Klagesag" })
            .Reaches("setLegalHold.legalHold.childId", t => t.Sofie)
            .Allow(Administrator),

        Entry.Mutation("releaseLegalHold", "ReleaseLegalHoldInput", "legalHold { childId }", t => new { childId = t.Sofie })
            .Reaches("releaseLegalHold.legalHold.childId", t => t.Sofie)
            .Allow(Administrator),

        // Arrival and departure: the daycare's pedagogue is Oliver's staff; no role works at Sofie's SFO.
        Entry.Mutation("checkIn", "CheckInInput", "day { child { id } }", t => new { childId = t.Oliver })
            .Reaches("checkIn.day.child.id", t => t.Oliver)
            .Allow(OtherEmployee)
            .Forbid(Guardian),

        Entry.Mutation("checkOut", "CheckOutInput", "day { child { id } }", t => new { childId = t.Oliver })
            .Reaches("checkOut.day.child.id", t => t.Oliver)
            .Allow(OtherEmployee)
            .Forbid(Guardian),

        Entry.Mutation("setDayStatus", "SetDayStatusInput", "day { child { id } }", t => new { childId = t.Oliver, status = "TRIP" })
            .Reaches("setDayStatus.day.child.id", t => t.Oliver)
            .Allow(OtherEmployee)
            .Forbid(Guardian),

        Entry.Mutation("reportSick", "ReportSickInput", "day { child { id } }", t => new { childId = t.Sofie })
            .Reaches("reportSick.day.child.id", t => t.Sofie)
            .Allow(Guardian),

        // The SFO keeps the note to its staff (demo data), so the row aims at the daycare.
        Entry.Mutation("setDayNote", "SetDayNoteInput", "day { child { id } }", t => new { childId = t.Oliver, note = "Sov dårligt" })
            .Reaches("setDayNote.day.child.id", t => t.Oliver)
            .Allow(Guardian, OtherEmployee),

        Entry.Mutation("setPickup", "SetPickupInput", "day { child { id } }", t => new { childId = t.Sofie, kind = "GUARDIAN", plannedPickup = "15:00:00" })
            .Reaches("setPickup.day.child.id", t => t.Sofie)
            .Allow(Guardian),

        Entry.Mutation("registerHoliday", "RegisterHolidayInput", "days { child { id } }", t => new { childId = t.Sofie, from = t.InAWeek, to = t.InTwoWeeks })
            .Reaches("registerHoliday.days.child.id", t => t.Sofie)
            .Allow(Guardian),

        Entry.Mutation("cancelHoliday", "CancelHolidayInput", "days { child { id } }", t => new { childId = t.Sofie, from = t.InAWeek, to = t.InTwoWeeks })
            .Reaches("cancelHoliday.days.child.id", t => t.Sofie)
            .Allow(Guardian),

        Entry.Mutation("savePresenceTemplate", "SavePresenceTemplateInput", "template { weekday }",
                t => new { childId = t.Sofie, days = new[] { new { weekday = "MONDAY", plannedPickup = "15:00:00" } } })
            .Reaches("savePresenceTemplate.template.weekday", _ => "MONDAY")
            .Allow(Guardian),

        Entry.Mutation("addPickupPerson", "AddPickupPersonInput", "pickupPerson { name }", t => new { childId = t.Sofie, name = "Matrix", relation = "Nabo" })
            .Reaches("addPickupPerson.pickupPerson.name", _ => "Matrix")
            .Allow(Guardian),

        Entry.Mutation("removePickupPerson", "RemovePickupPersonInput", "pickupPerson { id }", t => new { pickupPersonId = t.OliverPickupPerson })
            .Reaches("removePickupPerson.pickupPerson.id", t => t.OliverPickupPerson)
            .Allow(Guardian, OtherEmployee),

        // Only leaders and administrative staff of the place decide; the pedagogue works there but may not.
        Entry.Mutation("setPresenceCapabilities", "SetPresenceCapabilitiesInput", "capabilities { __typename }",
                t => new { institutionId = t.Daycare, reportSick = true, registerHoliday = true, setPickup = true, writeNote = false, editTemplate = true })
            .Reaches("setPresenceCapabilities.capabilities.__typename", _ => "PresenceCapabilities")
            .Forbid(OtherEmployee),

        // Everyone here sees the school; none of them leads it.
        Entry.Mutation("setWidgetEnabled", "SetWidgetEnabledInput", "widget { enabled }",
                t => new { institutionId = t.School, widgetId = t.PlansWidget, enabled = false })
            .Forbid(Guardian, OtherGuardian, Pupil, Employee, OtherEmployee, Administrator),

        // Only the daycare enabled the day widget, for guardians: Mette gets a token that names Oliver.
        new MatrixEntry("Mutation.widgetToken", null, Operation.Mutation,
                "mutation($id: ID!) { widgetToken(widgetId: $id) { children { id } errors { code message field } } }")
            .With(t => new { id = t.DayWidget })
            .Reaches("widgetToken.children.id", t => t.Oliver)
            .Allow(Guardian),
    ];
}
