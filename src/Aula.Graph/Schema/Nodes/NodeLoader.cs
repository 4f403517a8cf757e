using Aula.Graph.Access;
using Aula.Graph.Data;
using Aula.Graph.Schema.Loading;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Schema.Nodes;

/// Marks the by-ID loader that `node(id:)` uses for one type. Its fetch must go through `Access/`.
[AttributeUsage(AttributeTargets.Class)]
public sealed class NodeTypeAttribute(string typeName) : Attribute
{
    public string TypeName { get; } = typeName;
}

/// A visibility-filtered by-ID loader: IDs the viewer may not see resolve to null, like IDs that do not exist.
public abstract class NodeLoader<T>(IDbContextFactory<AulaDbContext> factory, ViewerContext viewerContext)
    : BatchLoader<long, T?>, INodeLoader
    where T : class
{
    public IDataLoaderResult<object?> LoadNode(long key) => new Boxed(Load(key));

    /// The rows among <paramref name="keys"/> that the viewer may see, through an `Access/` filter.
    protected abstract IQueryable<T> Find(AulaDbContext db, Viewer viewer, IReadOnlyCollection<long> keys);

    protected abstract long KeyOf(T node);

    protected sealed override async Task<IReadOnlyDictionary<long, T?>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        var viewer = await viewerContext.GetAsync(cancellationToken);
        await using var db = factory.CreateDbContext();
        var rows = await Find(db, viewer, keys).ToListAsync(cancellationToken);
        return rows.ToDictionary(KeyOf, r => (T?)r);
    }

    private sealed class Boxed(IDataLoaderResult<T?> inner) : IDataLoaderResult<object?>
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            await inner.GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}

public interface INodeLoader
{
    IDataLoaderResult<object?> LoadNode(long key);
}

internal sealed class NodeSource(string typeName, Type loaderType) : INodeSource
{
    public string TypeName => typeName;

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, long key) =>
        ((INodeLoader)context.RequestServices!.GetRequiredService(loaderType)).LoadNode(key);
}
