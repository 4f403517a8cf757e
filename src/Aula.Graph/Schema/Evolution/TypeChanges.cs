using GraphQLParser.AST;

namespace Aula.Graph.Schema.Evolution;

/// The breaking changes within one type that kept its name and kind.
internal static class TypeChanges
{
    public static IEnumerable<BreakingChange> Compare(string type, ASTNode old, ASTNode now) => (old, now) switch
    {
        (GraphQLObjectTypeDefinition o, GraphQLObjectTypeDefinition n) =>
            Fields(type, o.Fields, n.Fields).Concat(Removed("INTERFACE_REMOVED", type, Names(o.Interfaces?.Items), Names(n.Interfaces?.Items))),
        (GraphQLInterfaceTypeDefinition o, GraphQLInterfaceTypeDefinition n) =>
            Fields(type, o.Fields, n.Fields).Concat(Removed("INTERFACE_REMOVED", type, Names(o.Interfaces?.Items), Names(n.Interfaces?.Items))),
        (GraphQLInputObjectTypeDefinition o, GraphQLInputObjectTypeDefinition n) =>
            Inputs(type, "INPUT_FIELD", o.Fields?.Items, n.Fields?.Items),
        (GraphQLEnumTypeDefinition o, GraphQLEnumTypeDefinition n) =>
            Removed("ENUM_VALUE_REMOVED", type, Names(o.Values?.Items.Select(v => v.EnumValue.Name)), Names(n.Values?.Items.Select(v => v.EnumValue.Name))),
        (GraphQLUnionTypeDefinition o, GraphQLUnionTypeDefinition n) =>
            Removed("UNION_MEMBER_REMOVED", type, Names(o.Types?.Items), Names(n.Types?.Items)),
        _ => [],
    };

    private static IEnumerable<BreakingChange> Fields(string type, GraphQLFieldsDefinition? old, GraphQLFieldsDefinition? now)
    {
        var current = (now?.Items ?? []).ToDictionary(f => f.Name.StringValue);
        foreach (var field in old?.Items ?? [])
        {
            var coordinate = $"{type}.{field.Name.StringValue}";
            if (!current.TryGetValue(field.Name.StringValue, out var kept))
            {
                yield return new("FIELD_REMOVED", coordinate);
                continue;
            }
            if (!TypeRefs.OutputAccepts(field.Type, kept.Type))
            {
                yield return new("FIELD_TYPE_CHANGED", coordinate);
            }
            foreach (var change in Inputs(coordinate, "ARGUMENT", field.Arguments?.Items, kept.Arguments?.Items))
            {
                yield return change;
            }
        }
    }

    /// Arguments of a field or directive, or fields of an input type, by their schema coordinates:
    /// `ARGUMENT_REMOVED Query.node(id:)`, `ARGUMENT_REMOVED @tag(name:)`, `INPUT_FIELD_REMOVED Filter.limit`.
    internal static IEnumerable<BreakingChange> Inputs(string owner, string kind, List<GraphQLInputValueDefinition>? old, List<GraphQLInputValueDefinition>? now)
    {
        string Coordinate(GraphQLInputValueDefinition value) => kind == "ARGUMENT" ? $"{owner}({value.Name.StringValue}:)" : $"{owner}.{value.Name.StringValue}";
        var before = (old ?? []).ToDictionary(v => v.Name.StringValue);
        foreach (var value in old ?? [])
        {
            var kept = now?.FirstOrDefault(v => v.Name == value.Name);
            if (kept is null)
            {
                yield return new($"{kind}_REMOVED", Coordinate(value));
            }
            else if (!TypeRefs.InputAccepts(value.Type, kept.Type))
            {
                yield return new($"{kind}_TYPE_CHANGED", Coordinate(value));
            }
        }
        foreach (var added in (now ?? []).Where(v => !before.ContainsKey(v.Name.StringValue) && v.Type is GraphQLNonNullType && v.DefaultValue is null))
        {
            yield return new($"REQUIRED_{kind}_ADDED", Coordinate(added));
        }
    }

    internal static IEnumerable<BreakingChange> Removed(string kind, string type, HashSet<string> old, HashSet<string> now) =>
        old.Where(name => !now.Contains(name)).Order(StringComparer.Ordinal).Select(name => new BreakingChange(kind, $"{type}.{name}"));

    private static HashSet<string> Names(IEnumerable<GraphQLNamedType>? types) => Names(types?.Select(t => t.Name));

    private static HashSet<string> Names(IEnumerable<GraphQLName>? names) => (names ?? []).Select(n => n.StringValue).ToHashSet(StringComparer.Ordinal);
}
