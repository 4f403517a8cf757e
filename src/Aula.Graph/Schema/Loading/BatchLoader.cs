using GraphQL.DataLoader;

namespace Aula.Graph.Schema.Loading;

/// Collects the keys that one level of the query asks for and fetches them with one statement when the
/// executor first awaits a result. One instance per request (scoped), so results are cached for the request.
public abstract class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, Result> results = [];
    private Batch? open;

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (gate)
        {
            if (!results.TryGetValue(key, out var result))
            {
                open ??= new Batch(this);
                open.Keys.Add(key);
                result = new Result(open, key);
                results[key] = result;
            }
            return result;
        }
    }

    /// Fetch every key at once; keys missing from the answer get <see cref="Missing"/>.
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken);

    /// What a key that was not found resolves to (null for nodes, an empty list for relations).
    protected virtual TValue Missing => default!;

    private sealed class Batch(BatchLoader<TKey, TValue> loader)
    {
        private Task<IReadOnlyDictionary<TKey, TValue>>? fetch;

        public HashSet<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>> RunAsync(CancellationToken cancellationToken)
        {
            lock (loader.gate)
            {
                if (fetch is null)
                {
                    if (ReferenceEquals(loader.open, this))
                    {
                        loader.open = null;
                    }
                    fetch = loader.FetchAsync(Keys, cancellationToken);
                }
                return fetch;
            }
        }

        public TValue Pick(IReadOnlyDictionary<TKey, TValue> values, TKey key) =>
            values.TryGetValue(key, out var value) ? value : loader.Missing;
    }

    private sealed class Result(Batch batch, TKey key) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) =>
            batch.Pick(await batch.RunAsync(cancellationToken).ConfigureAwait(false), key);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// A one-to-many relation: every key resolves to a list, empty when nothing matches.
public abstract class BatchListLoader<TKey, TItem> : BatchLoader<TKey, IReadOnlyList<TItem>>
    where TKey : notnull
{
    protected override IReadOnlyList<TItem> Missing => [];

    protected static IReadOnlyDictionary<TKey, IReadOnlyList<TItem>> Group<TRow>(
        IEnumerable<TRow> rows, Func<TRow, TKey> key, Func<TRow, TItem> item) =>
        rows.GroupBy(key).ToDictionary(g => g.Key, g => (IReadOnlyList<TItem>)g.Select(item).ToList());
}
