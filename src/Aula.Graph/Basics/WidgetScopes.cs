namespace Aula.Graph.Basics;

/// The scopes a widget can be granted. Each opens a fixed part of the graph (`Widgets/WidgetSurface`); none
/// opens messages, contact details, consents, notes or anything that needs step-up, and nothing writes.
public static class WidgetScopes
{
    public const string GroupsRead = "groups:read";
    public const string PlansRead = "plans:read";
    public const string CheckInRead = "presence:read";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { GroupsRead, PlansRead, CheckInRead };

    /// The scopes named in a space-separated list, ignoring any the platform does not know.
    public static IReadOnlySet<string> Parse(string? scopes) =>
        (scopes ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(All.Contains).ToHashSet(StringComparer.Ordinal);
}
