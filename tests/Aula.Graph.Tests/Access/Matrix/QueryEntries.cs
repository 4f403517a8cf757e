using static Aula.Graph.Tests.Access.Matrix.Role;

namespace Aula.Graph.Tests.Access.Matrix;

/// The Query root: lists must hold the target, `node`/`nodes` must return it, `me` must be the viewer.
internal static class QueryEntries
{
    public static IEnumerable<MatrixEntry> All =>
    [
        Entry.Query("children", "{ children(first: 100) { nodes { id } } }")
            .Reaches("children.nodes.id", t => t.Sofie)
            .Allow(Guardian, Employee, Widget),

        Entry.Query("groups", "{ groups(first: 100) { nodes { id } } }")
            .Reaches("groups.nodes.id", t => t.Class3A)
            .Allow(Guardian, OtherGuardian, Pupil, Employee, Widget),

        Entry.Query("node", "query($id: ID!) { node(id: $id) { id } }", "Sofie")
            .With(t => new { id = t.Sofie }).Reaches("node.id", t => t.Sofie)
            .Allow(Guardian, Employee, Widget),

        Entry.Query("nodes", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", "Sofie")
            .With(t => new { ids = new[] { t.Sofie } }).Reaches("nodes.id", t => t.Sofie)
            .Allow(Guardian, Employee, Widget),

        Entry.Query("me", "{ me { person { id } } }")
            .Reaches("me.person.id", t => t.Self)
            .Allow(Guardian, OtherGuardian, Pupil, Employee, OtherEmployee, Administrator),

        Entry.Query("weeklyPlans", "query($g: ID!, $w: IsoWeek) { weeklyPlans(groupId: $g, from: $w, to: $w) { id } }", "published")
            .With(t => new { g = t.Class3A, w = t.PublishedWeek }).Reaches("weeklyPlans.id", t => t.PublishedPlan)
            .Allow(Guardian, OtherGuardian, Pupil, Employee, Widget),

        Entry.Query("weeklyPlans", "query($g: ID!, $w: IsoWeek) { weeklyPlans(groupId: $g, from: $w, to: $w) { id } }", "unpublished")
            .With(t => new { g = t.Class3A, w = t.UnpublishedWeek }).Reaches("weeklyPlans.id", t => t.UnpublishedPlan)
            .Allow(Employee),

        Entry.Query("threads", "{ threads(first: 100) { nodes { id } } }")
            .Reaches("threads.nodes.id", t => t.Thread)
            .Allow(Guardian, Employee),

        Entry.Query("accessLog", "query($id: ID) { accessLog(childId: $id) { __typename } }", "Sofie")
            .With(t => new { id = t.Sofie }).Reaches("accessLog.__typename", _ => "AccessLogEntryConnection")
            .Allow(Guardian),

        // Everyone's own data; the tokens carry the second factor, as the export needs.
        // The SFO's staff only: none of the roles works there (the teacher works at the school, the pedagogue at a daycare).
        Entry.Query("dailyOverview", "query($i: ID) { dailyOverview(institutionId: $i) { institution { id } } }", "SFO")
            .With(t => new { i = t.Sfo }).Reaches("dailyOverview.institution.id", t => t.Sfo),

        Entry.Query("exportMyData", "{ exportMyData }")
            .Reaches("exportMyData.format", _ => "aula-export")
            .Allow(Guardian, OtherGuardian, Pupil, Employee, OtherEmployee, Administrator),

        Entry.Query("usageStatistics", "{ usageStatistics(from: \"2026-01-01\", to: \"2026-07-01\") { institutions { institution { id } } } }")
            .Reaches("usageStatistics.institutions.institution.id", t => t.School)
            .Allow(Administrator)
            .Forbid(Guardian, OtherGuardian, Pupil, Employee, OtherEmployee),

        // Enabled at Solby Skole for guardians and pupils: Sofie's and Noah's families, and Noah himself.
        Entry.Query("widgets", "{ widgets { id } }")
            .Reaches("widgets.id", t => t.PlansWidget)
            .Allow(Guardian, OtherGuardian, Pupil),

        Entry.Query("legalHolds", "{ legalHolds { childId } }")
            .Reaches("legalHolds.childId", t => t.Sofie)
            .Allow(Administrator),

        Entry.Query("childrenDueForDeletion", "{ childrenDueForDeletion(withinDays: 30) { childId } }")
            .Reaches("childrenDueForDeletion.childId", t => t.FormerPupil)
            .Allow(Administrator),
    ];
}
