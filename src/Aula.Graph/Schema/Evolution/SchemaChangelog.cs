namespace Aula.Graph.Schema.Evolution;

/// schema/CHANGELOG.md: the breaking changes it records under `## Unreleased`, each as a code span holding the
/// change's text, e.g. `FIELD_REMOVED Query.foo`. A change recorded under a released version was released
/// with that version and does not excuse the next one.
public static class SchemaChangelog
{
    public static IReadOnlySet<string> Recorded(string changelog)
    {
        ArgumentNullException.ThrowIfNull(changelog);
        var recorded = new HashSet<string>(StringComparer.Ordinal);
        var unreleased = false;
        foreach (var line in changelog.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                unreleased = line[3..].Trim().Equals("Unreleased", StringComparison.OrdinalIgnoreCase);
            }
            else if (unreleased)
            {
                var spans = line.Split('`');
                for (var i = 1; i < spans.Length; i += 2)
                {
                    recorded.Add(spans[i].Trim());
                }
            }
        }
        return recorded;
    }

    /// The breaking changes from the folder's `aula.released.graphql` to <paramref name="current"/> that its
    /// `CHANGELOG.md` does not record.
    public static IReadOnlyList<BreakingChange> UnrecordedIn(string folder, string current) =>
        Unrecorded(File.ReadAllText(Path.Combine(folder, "aula.released.graphql")), current, File.ReadAllText(Path.Combine(folder, "CHANGELOG.md")));

    /// The breaking changes from <paramref name="released"/> to <paramref name="current"/> that the changelog does not record.
    public static IReadOnlyList<BreakingChange> Unrecorded(string released, string current, string changelog)
    {
        var recorded = Recorded(changelog);
        return SchemaDiff.Compare(released, current).Where(c => !recorded.Contains(c.ToString())).ToList();
    }
}
