using GraphQLParser.AST;

namespace Aula.Graph.Http;

/// Measures a parsed document in one pass over its text, each fragment once: aliases written, the deepest
/// field nesting (below <c>__schema</c> and <c>__type</c> left to the complexity limit) and the field count with fragments expanded at every spread (as the complexity analyzer
/// walks them), and the most fields sharing one response name in one merged selection set.
internal sealed class DocumentShape
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> fragments = [];
    private readonly Dictionary<string, Set?> measured = [];

    public DocumentShape(GraphQLDocument document)
    {
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    var set = Measure(operation.SelectionSet);
                    Depth = Math.Max(Depth, set.Depth);
                    Fields = Math.Max(Fields, set.Fields);
                    break;
                case GraphQLFragmentDefinition fragment:
                    Fragment(fragment.FragmentName.Name.StringValue);
                    break;
            }
        }
    }

    public int Aliases { get; private set; }
    public int Depth { get; private set; }
    public double Fields { get; private set; }
    public int MaxSameName { get; private set; }

    /// A selection set's merged view: its field depth, expanded field count and fields per response name.
    private sealed record Set(int Depth, double Fields, Dictionary<string, int> Names);

    private Set Measure(GraphQLSelectionSet selectionSet)
    {
        var set = new Set(0, 0, []);
        set = Collect(selectionSet, set, []);
        if (set.Names.Count > 0)
        {
            MaxSameName = Math.Max(MaxSameName, set.Names.Values.Max());
        }
        return set;
    }

    private Set Collect(GraphQLSelectionSet selectionSet, Set set, HashSet<string> spreads)
    {
        var (depth, fields) = (set.Depth, set.Fields);
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    Aliases += field.Alias is null ? 0 : 1;
                    var name = (field.Alias?.Name ?? field.Name).StringValue;
                    set.Names[name] = set.Names.GetValueOrDefault(name) + 1;
                    var child = field.SelectionSet is null ? null : Measure(field.SelectionSet);
                    depth = Math.Max(depth, 1 + (child is null || IsIntrospection(field) ? 0 : child.Depth));
                    fields += 1 + (child?.Fields ?? 0);
                    break;
                case GraphQLInlineFragment inline:
                    var inner = Collect(inline.SelectionSet, set with { Depth = depth, Fields = fields }, spreads);
                    (depth, fields) = (inner.Depth, inner.Fields);
                    break;
                case GraphQLFragmentSpread spread:
                    var spreadName = spread.FragmentName.Name.StringValue;
                    if (Fragment(spreadName) is not { } fragment)
                    {
                        break;
                    }
                    // Every spread costs the analyzer a walk, but merges its names only once per set.
                    depth = Math.Max(depth, fragment.Depth);
                    fields += fragment.Fields;
                    if (spreads.Add(spreadName))
                    {
                        foreach (var (key, count) in fragment.Names)
                        {
                            set.Names[key] = set.Names.GetValueOrDefault(key) + count;
                        }
                    }
                    break;
            }
        }
        return set with { Depth = depth, Fields = fields };
    }

    private static bool IsIntrospection(GraphQLField field) => field.Name.Value.Span is "__schema" or "__type";

    /// Measured once; a fragment that spreads itself (invalid anyway) counts as empty inside the cycle.
    private Set? Fragment(string name)
    {
        if (measured.TryGetValue(name, out var known))
        {
            return known;
        }
        if (!fragments.TryGetValue(name, out var definition))
        {
            return null;
        }
        measured[name] = null;
        return measured[name] = Measure(definition.SelectionSet);
    }
}
