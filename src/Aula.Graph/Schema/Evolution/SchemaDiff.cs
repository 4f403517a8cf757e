using GraphQLParser;
using GraphQLParser.AST;

namespace Aula.Graph.Schema.Evolution;

/// The breaking changes between two SDL documents. Additions, deprecations and descriptions never break; what a
/// client may rely on does: types and their kinds, fields, arguments, input fields, enum values, interfaces, union
/// members and directives, and the types of fields and arguments (an output may only get stricter, an input looser).
public static class SchemaDiff
{
    public static IReadOnlyList<BreakingChange> Compare(string released, string current)
    {
        var (before, after) = (Types(released), Types(current));
        var changes = new List<BreakingChange>();
        foreach (var (name, old) in before)
        {
            if (!after.TryGetValue(name, out var now))
            {
                changes.Add(new("TYPE_REMOVED", name));
            }
            else if (old.Kind != now.Kind)
            {
                changes.Add(new("TYPE_KIND_CHANGED", name));
            }
            else
            {
                changes.AddRange(TypeChanges.Compare(name, old, now));
            }
        }
        var directives = Parse(current).Definitions.OfType<GraphQLDirectiveDefinition>().Select(d => d.Name.StringValue).ToHashSet();
        changes.AddRange(Parse(released).Definitions.OfType<GraphQLDirectiveDefinition>()
            .Where(d => !directives.Contains(d.Name.StringValue))
            .Select(d => new BreakingChange("DIRECTIVE_REMOVED", "@" + d.Name.StringValue)));
        return changes;
    }

    private static Dictionary<string, ASTNode> Types(string sdl) =>
        Parse(sdl).Definitions.OfType<GraphQLTypeDefinition>().Where(t => t is not GraphQLDirectiveDefinition).ToDictionary(t => t.Name.StringValue, t => (ASTNode)t);

    private static GraphQLDocument Parse(string sdl) => Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.Comments });
}
