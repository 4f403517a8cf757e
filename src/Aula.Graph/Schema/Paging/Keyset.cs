using System.Buffers.Text;
using System.Linq.Expressions;
using System.Text;
using System.Text.Json;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Schema.Paging;

/// Keyset paging over an order that ends on a unique key, so a cursor stays valid while rows come and go.
/// <paramref name="after"/> keeps the rows that come after a key in the forward order, <paramref name="before"/> those before it.
public sealed class Keyset<T, TKey>(
    Func<T, TKey> keyOf,
    Func<IQueryable<T>, IQueryable<T>> forward,
    Func<IQueryable<T>, IQueryable<T>> backward,
    Func<TKey, Expression<Func<T, bool>>> after,
    Func<TKey, Expression<Func<T, bool>>> before)
{
    /// One page from <paramref name="source"/>; the total, if asked for, is counted later in a context of its own.
    public async Task<Page<T>> PageAsync(
        IDbContextFactory<AulaDbContext> factory, Func<AulaDbContext, IQueryable<T>> source, PageArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(args);
        await using var db = factory.CreateDbContext();
        var filtered = source(db);
        if (args.After is not null)
        {
            filtered = filtered.Where(after(Decode(args.After)));
        }
        if (args.Before is not null)
        {
            filtered = filtered.Where(before(Decode(args.Before)));
        }
        var size = args.Size;
        var ordered = args.Backward ? backward(filtered) : forward(filtered);
        var rows = await ordered.Take(size + 1).ToListAsync(cancellationToken);
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }
        if (args.Backward)
        {
            rows.Reverse();
        }
        var edges = rows.Select(r => new Edge<T> { Node = r, Cursor = Encode(keyOf(r)) }).ToList();
        return new Page<T>
        {
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = args.Backward ? args.Before is not null : more,
                HasPreviousPage = args.Backward ? more : args.After is not null,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
            CountAsync = async ct =>
            {
                await using var countDb = factory.CreateDbContext();
                return await source(countDb).CountAsync(ct);
            },
        };
    }

    // The key's type name tags the cursor, so a cursor of another connection is refused, not misread.
    private static readonly string Tag = typeof(TKey).Name + ":";
    private static readonly JsonSerializerOptions Strict = new() { RespectRequiredConstructorParameters = true, RespectNullableAnnotations = true };

    private static string Encode(TKey key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Tag + JsonSerializer.Serialize(key, Strict)));

    private static TKey Decode(string cursor)
    {
        try
        {
            if (cursor.Length <= 400 && Base64Url.IsValid(cursor)
                && Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)) is var text
                && text.StartsWith(Tag, StringComparison.Ordinal)
                && JsonSerializer.Deserialize<TKey>(text[Tag.Length..], Strict) is { } key)
            {
                return key;
            }
        }
        catch (JsonException)
        {
        }
        throw new AulaError(ErrorCodes.Validation, "The cursor is not one this connection gave out.");
    }
}
