using static Aula.Graph.Tests.Access.Matrix.Role;

namespace Aula.Graph.Tests.Access.Matrix;

/// Every type implementing Node, fetched by `node(id:)`.
internal static class NodeEntries
{
    public static IEnumerable<MatrixEntry> All =>
    [
        Entry.Node("Child", t => t.Sofie).Allow(Guardian, Employee, Widget),

        Entry.Node("Group", t => t.Class3A).Allow(Guardian, OtherGuardian, Pupil, Employee, Widget),

        // Staff of a group the viewer sees; Anne sees Lars through the cross-institution network group.
        Entry.Node("Person", t => t.Lars, "Lars").Allow(Guardian, OtherGuardian, Pupil, Employee, OtherEmployee),

        // Peter shares the 3A parents' thread with Mette; Anne sees her as Oliver's guardian.
        Entry.Node("Person", t => t.Mette, "Mette").Allow(Guardian, OtherGuardian, Employee, OtherEmployee),

        // Sofie as a person (a thread's recipient): Noah shares the class's thread with her.
        Entry.Node("Person", t => t.SofiePerson, "Sofie").Allow(Guardian, Pupil, Employee),

        // Anne sees the school through the groups it shares with her daycare.
        Entry.Node("Institution", t => t.School).Allow(Guardian, OtherGuardian, Pupil, Employee, OtherEmployee, Administrator, Widget),

        // The registry is public to signed-in people.
        Entry.Node("Widget", t => t.PlansWidget).Allow(Guardian, OtherGuardian, Pupil, Employee, OtherEmployee, Administrator),

        Entry.Node("WeeklyPlan", t => t.PublishedPlan, "published").Allow(Guardian, OtherGuardian, Pupil, Employee, Widget),

        Entry.Node("WeeklyPlan", t => t.UnpublishedPlan, "unpublished").Allow(Employee),

        // Asked by Solby Skole: it applies to every child there (Noah too), to no daycare child.
        Entry.Node("ConsentDefinition", t => t.SchoolPhoto).Allow(Guardian, OtherGuardian, Pupil, Employee),

        Entry.Node("ChatThread", t => t.Thread).Allow(Guardian, Employee),

        // Its participants see the envelope; the subject needs the second factor.
        Entry.Node("ChatThread", t => t.SensitiveThread, "sensitive, password", "... on ChatThread { subject }")
            .Reaches("node.subject", _ => "Sofies allergi")
            .WithoutSecondFactor()
            .StepUp(Guardian, Employee),

        Entry.Node("Message", t => t.Message).Allow(Guardian, Employee),

        Entry.Node("Message", t => t.SensitiveMessage, "sensitive, second factor").Allow(Guardian, Employee),

        // A sensitive thread's message without the second factor is null even to its participants.
        Entry.Node("Message", t => t.SensitiveMessage, "sensitive, password").WithoutSecondFactor(),
    ];
}
