using GraphQL.Types.Relay.DataObjects;

namespace Aula.Graph.Schema.Paging;

/// One page of a connection. The total is counted only when a client asks for `totalCount`.
public sealed class Page<T>
{
    public required IReadOnlyList<Edge<T>> Edges { get; init; }
    public required PageInfo PageInfo { get; init; }
    public required Func<CancellationToken, Task<int>> CountAsync { get; init; }
}
