using Aula.Graph.Basics;
namespace Aula.Graph.Widgets;

/// The part of the graph a widget token may select, by schema coordinate (`Type.field`, or `Type.*` for paging
/// plumbing). Every widget may list its children by name; each scope adds its fields. A field outside answers as
/// if the schema had none (<see cref="WidgetSurfaceRule"/>), and a node type outside is not found by `node`.
public static class WidgetSurface
{
    private static readonly string[] Always =
    [
        "Query.children", "Query.node", "Query.nodes", "Node.id", "ChildConnection.*", "ChildEdge.*", "PageInfo.*",
        "Child.id", "Child.firstName", "Child.lastName", "Child.displayName",
    ];

    private static readonly string[] Groups =
    [
        "Query.groups", "GroupConnection.*", "GroupEdge.*", "Child.groups", "Child.institutions",
        "Group.id", "Group.name", "Group.kind", "Group.institutions", "Institution.id", "Institution.name", "Institution.kind",
    ];

    private static readonly string[] Plans =
    [
        "Child.groups", "Group.id", "Group.name", "Group.kind", "Group.weeklyPlan", "Query.weeklyPlans",
        "WeeklyPlan.id", "WeeklyPlan.group", "WeeklyPlan.week", "WeeklyPlan.publishAt", "WeeklyPlan.isPublished",
        "WeeklyPlan.updatedAt", "WeeklyPlan.entries", "WeeklyPlanEntry.*",
    ];

    /// Arrival and departure, without the guardians' note, the pickup arrangement or the history.
    private static readonly string[] CheckIn =
    [
        "Child.day", "ChildDay.child", "ChildDay.date", "ChildDay.status", "ChildDay.plannedArrival",
        "ChildDay.plannedPickup", "ChildDay.checkedInAt", "ChildDay.checkedOutAt",
    ];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByScope = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [""] = Always,
        [WidgetScopes.GroupsRead] = Groups,
        [WidgetScopes.PlansRead] = Plans,
        [WidgetScopes.CheckInRead] = CheckIn,
    };

    private static readonly Dictionary<string, HashSet<string>> Lookup =
        ByScope.ToDictionary(s => s.Key, s => s.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// Whether a widget with these scopes may select `field` on `type`.
    public static bool Allows(IReadOnlySet<string> scopes, string type, string field)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var (exact, all) = ($"{type}.{field}", $"{type}.*");
        return Lookup.Any(s => (s.Key.Length == 0 || scopes.Contains(s.Key)) && (s.Value.Contains(exact) || s.Value.Contains(all)));
    }

    /// The types `node(id:)` may return to a widget with these scopes: those whose ID is in the surface.
    public static IReadOnlySet<string> NodeTypes(IReadOnlySet<string> scopes) =>
        Lookup.Where(s => s.Key.Length == 0 || scopes.Contains(s.Key))
            .SelectMany(s => s.Value).Where(c => c.EndsWith(".id", StringComparison.Ordinal)).Select(c => c[..^".id".Length])
            .ToHashSet(StringComparer.Ordinal);
}
