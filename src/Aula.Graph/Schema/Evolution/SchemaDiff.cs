using GraphQLParser;
using GraphQLParser.AST;

namespace Aula.Graph.Schema.Evolution;

/// The breaking changes between two SDL documents. Additions, deprecations and descriptions never break; what a
/// client may rely on does: types and their kinds, fields, arguments, input fields, enum values, interfaces, union
/// members, directives and the root types, and the types of fields and arguments (an output may only get stricter, an
/// input looser).
public static class SchemaDiff
{
    public static IReadOnlyList<BreakingChange> Compare(string released, string current)
    {
        var (old, now) = (Parse(released), Parse(current));
        var (before, after) = (Types(old), Types(now));
        var changes = new List<BreakingChange>();
        foreach (var (name, type) in before)
        {
            if (!after.TryGetValue(name, out var kept))
            {
                changes.Add(new("TYPE_REMOVED", name));
            }
            else if (type.Kind != kept.Kind)
            {
                changes.Add(new("TYPE_KIND_CHANGED", name));
            }
            else
            {
                changes.AddRange(TypeChanges.Compare(name, type, kept));
            }
        }
        changes.AddRange(Directives(old, now));
        // A root whose type is gone is already TYPE_REMOVED.
        var roots = Roots(now, after.Keys);
        changes.AddRange(Roots(old, before.Keys).Where(root => after.ContainsKey(root.Value) && roots.GetValueOrDefault(root.Key) != root.Value)
            .Select(root => new BreakingChange("ROOT_TYPE_CHANGED", "schema." + root.Key)));
        return changes;
    }

    /// A directive a client writes must keep its name, its locations, its arguments and being repeatable.
    private static IEnumerable<BreakingChange> Directives(GraphQLDocument released, GraphQLDocument current)
    {
        var now = current.Definitions.OfType<GraphQLDirectiveDefinition>().ToDictionary(d => d.Name.StringValue);
        foreach (var old in released.Definitions.OfType<GraphQLDirectiveDefinition>())
        {
            var name = "@" + old.Name.StringValue;
            if (!now.TryGetValue(old.Name.StringValue, out var kept))
            {
                yield return new("DIRECTIVE_REMOVED", name);
                continue;
            }
            if (old.Repeatable && !kept.Repeatable)
            {
                yield return new("DIRECTIVE_REPEATABLE_REMOVED", name);
            }
            foreach (var change in TypeChanges.Removed("DIRECTIVE_LOCATION_REMOVED", name, Locations(old), Locations(kept)))
            {
                yield return change;
            }
            foreach (var change in TypeChanges.Inputs(name, "ARGUMENT", old.Arguments?.Items, kept.Arguments?.Items))
            {
                yield return change;
            }
        }
    }

    /// The root type of each operation: as the `schema` definition names them, else by the default names.
    private static Dictionary<string, string> Roots(GraphQLDocument document, IEnumerable<string> types)
    {
        if (document.Definitions.OfType<GraphQLSchemaDefinition>().FirstOrDefault() is { } schema)
        {
            return schema.OperationTypes.ToDictionary(o => o.Operation.ToString().ToLowerInvariant(), o => o.Type!.Name.StringValue);
        }
        return types.Where(t => t is "Query" or "Mutation" or "Subscription").ToDictionary(t => t.ToLowerInvariant(), t => t);
    }

    /// As the SDL spells them: `FIELD_DEFINITION`, not the parser's `FieldDefinition`.
    private static HashSet<string> Locations(GraphQLDirectiveDefinition directive) =>
        directive.Locations.Items
            .Select(l => string.Concat(l.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant())
            .ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, ASTNode> Types(GraphQLDocument document) =>
        document.Definitions.OfType<GraphQLTypeDefinition>().Where(t => t is not GraphQLDirectiveDefinition).ToDictionary(t => t.Name.StringValue, t => (ASTNode)t);

    private static GraphQLDocument Parse(string sdl) => Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.Comments });
}
