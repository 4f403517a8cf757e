using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace Aula.Graph.Schema.Paging;

/// A Relay connection with `nodes` (GitHub's shortcut), `edges`, `pageInfo` and a lazily counted `totalCount`.
public sealed class ConnectionType<TNodeType, TSource> : ObjectGraphType<Page<TSource>>
    where TNodeType : IGraphType
{
    public ConnectionType()
    {
        var node = typeof(TNodeType).GraphQLName();
        Name = $"{node}Connection";
        Description = $"A page of {node} items.";
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items there are in all, across every page.")
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType, TSource>>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(c => c.Source.Edges.Select(e => e.Node));
    }
}

public sealed class EdgeGraphType<TNodeType, TSource> : ObjectGraphType<Edge<TSource>>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        Name = $"{typeof(TNodeType).GraphQLName()}Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Node);
    }
}
