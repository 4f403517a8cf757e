using GraphQLParser.AST;

namespace Aula.Graph.Schema.Evolution;

/// Whether a type reference can change without breaking clients.
internal static class TypeRefs
{
    /// A field's result may only get stricter: `String` may become `String!`, never the other way.
    public static bool OutputAccepts(GraphQLType old, GraphQLType now) => (old, now) switch
    {
        (GraphQLNonNullType o, GraphQLNonNullType n) => OutputAccepts(o.Type, n.Type),
        (_, GraphQLNonNullType n) => OutputAccepts(old, n.Type),
        (GraphQLNonNullType, _) => false,
        (GraphQLListType o, GraphQLListType n) => OutputAccepts(o.Type, n.Type),
        (GraphQLNamedType o, GraphQLNamedType n) => o.Name == n.Name,
        _ => false,
    };

    /// An argument or input field may only get looser: `ID!` may become `ID`, never the other way.
    public static bool InputAccepts(GraphQLType old, GraphQLType now) => (old, now) switch
    {
        (GraphQLNonNullType o, GraphQLNonNullType n) => InputAccepts(o.Type, n.Type),
        (GraphQLNonNullType o, _) => InputAccepts(o.Type, now),
        (_, GraphQLNonNullType) => false,
        (GraphQLListType o, GraphQLListType n) => InputAccepts(o.Type, n.Type),
        (GraphQLNamedType o, GraphQLNamedType n) => o.Name == n.Name,
        _ => false,
    };
}
