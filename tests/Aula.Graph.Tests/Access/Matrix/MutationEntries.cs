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
    ];
}
