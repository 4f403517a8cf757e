using Aula.Graph.Basics;
using GraphQL.Types;

namespace Aula.Graph.Schema.Nodes;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque ID that `node(id:)` fetches again.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global ID.");
    }
}

/// Adds the Node interface and a global `id` to an object type whose source carries a key.
public static class NodeTypeExtensions
{
    public static void IsNode<TSource>(this ObjectGraphType<TSource> type, string typeName, Func<TSource, long> key)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Name = typeName;
        type.Interface<NodeInterface>();
        type.IsTypeOf = o => o is TSource;
        type.Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(typeName, key(c.Source)));
    }
}
