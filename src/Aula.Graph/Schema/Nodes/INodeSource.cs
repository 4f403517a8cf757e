using GraphQL;
using GraphQL.DataLoader;

namespace Aula.Graph.Schema.Nodes;

/// How `node(id:)` fetches one type: through that type's visibility-filtered batch loader.
public interface INodeSource
{
    string TypeName { get; }

    IDataLoaderResult<object?> Load(IResolveFieldContext context, long key);
}
