using Aula.Graph.Access;
using Aula.Graph.Basics;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Aula.Graph.Schema.Nodes;

internal sealed class NodeQueries(IEnumerable<INodeSource> sources) : IQueryFields
{
    private readonly Dictionary<string, INodeSource> byType = sources.ToDictionary(s => s.TypeName);

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches an object by its global ID; null when it does not exist or is not visible to you.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => Load(c, await c.ViewerAsync(), c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Fetches objects by their global IDs, in order; null for each that does not exist or is not visible to you.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .ResolveAsync(async c =>
            {
                var viewer = await c.ViewerAsync();
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > 100)
                {
                    throw new AulaError(ErrorCodes.LimitExceeded, "nodes takes at most 100 IDs.");
                }
                var pending = ids.Select(id => Load(c, viewer, id)).ToList();
                var values = new List<object?>(pending.Count);
                foreach (var item in pending)
                {
                    values.Add(item is null ? null : await item.GetResultAsync(c.CancellationToken));
                }
                return values;
            });
    }

    /// A widget fetches only the node types its scopes open (<see cref="WidgetGrant.NodeTypes"/>).
    private IDataLoaderResult<object?>? Load(IResolveFieldContext context, Viewer viewer, string id) =>
        GlobalId.TryDecode(id, out var type, out var key) && byType.TryGetValue(type, out var source)
            && (viewer.Widget is not { } widget || widget.NodeTypes.Contains(type))
            ? source.Load(context, key)
            : null;
}
