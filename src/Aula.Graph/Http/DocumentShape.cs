using GraphQLParser.AST;

namespace Aula.Graph.Http;

/// Measures a parsed document in one pass over its text, each fragment once:
/// - aliases written;
/// - the deepest field nesting, not counting below <c>__schema</c> and <c>__type</c>: the standard introspection
///   query nests <c>ofType</c> fifteen levels deep;
/// - how deeply introspection nests the lists that fan out over the schema (<c>fields</c>, <c>inputFields</c>,
///   <c>interfaces</c>, <c>possibleTypes</c>), as graphql-js's MaxIntrospectionDepthRule does;
/// - the field count with fragments expanded at every spread (as the complexity analyzer walks them);
/// - the most fields sharing one response name in one merged selection set.
internal sealed class DocumentShape
{
    private static readonly HashSet<string> IntrospectionLists = ["fields", "inputFields", "interfaces", "possibleTypes"];

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
            if (definition is GraphQLOperationDefinition operation)
            {
                var set = Measure(operation.SelectionSet);
                Depth = Math.Max(Depth, set.Depth);
                Fields = Math.Max(Fields, set.Fields);
            }
            else if (definition is GraphQLFragmentDefinition fragment)
            {
                Fragment(fragment.FragmentName.Name.StringValue);
            }
        }
    }

    public int Aliases { get; private set; }
    public int Depth { get; private set; }
    public int IntrospectionNesting { get; private set; }
    public double Fields { get; private set; }
    public int MaxSameName { get; private set; }

    /// A selection set's merged view, fields of inline fragments and spread fragments included.
    private sealed class Set
    {
        public int Depth;
        public int Lists;
        public double Fields;
        public Dictionary<string, int> Names { get; } = [];
        public HashSet<string> Spreads { get; } = [];
    }

    private Set Measure(GraphQLSelectionSet selectionSet)
    {
        var set = new Set();
        Collect(selectionSet, set);
        if (set.Names.Count > 0)
        {
            MaxSameName = Math.Max(MaxSameName, set.Names.Values.Max());
        }
        return set;
    }

    private void Collect(GraphQLSelectionSet selectionSet, Set set)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    Add(field, set);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(inline.SelectionSet, set);
                    break;
                case GraphQLFragmentSpread spread when Fragment(spread.FragmentName.Name.StringValue) is { } fragment:
                    // Every spread costs the analyzer a walk, but merges its names only once per set.
                    set.Depth = Math.Max(set.Depth, fragment.Depth);
                    set.Lists = Math.Max(set.Lists, fragment.Lists);
                    set.Fields += fragment.Fields;
                    if (set.Spreads.Add(spread.FragmentName.Name.StringValue))
                    {
                        foreach (var (name, count) in fragment.Names)
                        {
                            set.Names[name] = set.Names.GetValueOrDefault(name) + count;
                        }
                    }
                    break;
            }
        }
    }

    private void Add(GraphQLField field, Set set)
    {
        Aliases += field.Alias is null ? 0 : 1;
        var responseName = (field.Alias?.Name ?? field.Name).StringValue;
        set.Names[responseName] = set.Names.GetValueOrDefault(responseName) + 1;
        set.Fields += 1;
        if (field.SelectionSet is null)
        {
            set.Depth = Math.Max(set.Depth, 1);
            return;
        }
        var child = Measure(field.SelectionSet);
        var name = field.Name.StringValue;
        var introspection = name is "__schema" or "__type";
        if (introspection)
        {
            IntrospectionNesting = Math.Max(IntrospectionNesting, child.Lists);
        }
        set.Depth = Math.Max(set.Depth, introspection ? 1 : 1 + child.Depth);
        set.Lists = Math.Max(set.Lists, child.Lists + (IntrospectionLists.Contains(name) ? 1 : 0));
        set.Fields += child.Fields;
    }

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
