using Aula.Graph.Access;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Paging;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Messaging;

internal sealed class ThreadQueries(IDbContextFactory<AulaDbContext> factory) : IQueryFields
{
    /// Newest activity first; the key breaks ties, so a cursor names one place in the order.
    private static readonly Keyset<ThreadView, ThreadCursor> ByActivity = new(
        t => new ThreadCursor(t.LastActivityAt, t.Id),
        q => q.OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id),
        q => q.OrderBy(t => t.LastActivityAt).ThenBy(t => t.Id),
        k => t => t.LastActivityAt < k.At || (t.LastActivityAt == k.At && t.Id < k.Id),
        k => t => t.LastActivityAt > k.At || (t.LastActivityAt == k.At && t.Id > k.Id));

    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<ChatThreadType, ThreadView>>>("threads")
            .Description("The threads you take part in (and have not left), the most recently active first.")
            .Paged()
            .Argument<ThreadFilterType>("filter", "Narrows the list; each given condition must hold.")
            .ResolveAsync(async c =>
            {
                var viewer = await c.ViewerAsync();
                var filter = c.GetArgument<ThreadFilter?>("filter") ?? new ThreadFilter();
                return await ByActivity.PageAsync(factory, db => filter.Apply(ThreadView.Of(db, viewer)), PageArgs.From(c), c.CancellationToken);
            });

    private sealed record ThreadCursor(DateTimeOffset At, int Id);
}

public sealed class ThreadFilter
{
    public bool? Unread { get; set; }
    public bool? Sensitive { get; set; }

    public IQueryable<ThreadView> Apply(IQueryable<ThreadView> threads)
    {
        ArgumentNullException.ThrowIfNull(threads);
        if (Unread is { } unread)
        {
            threads = unread ? threads.Where(t => t.LastSequence > t.LastReadSequence) : threads.Where(t => t.LastSequence <= t.LastReadSequence);
        }
        if (Sensitive is { } sensitive)
        {
            threads = threads.Where(t => t.IsSensitive == sensitive);
        }
        return threads;
    }
}

public sealed class ThreadFilterType : InputObjectGraphType<ThreadFilter>
{
    public ThreadFilterType()
    {
        Name = "ThreadFilter";
        Description = "Conditions on the threads listed; each given one must hold.";
        Field(f => f.Unread, nullable: true).Description("Only threads with (true) or without (false) unread messages.");
        Field(f => f.Sensitive, nullable: true).Description("Only sensitive (true) or ordinary (false) threads.");
    }
}
