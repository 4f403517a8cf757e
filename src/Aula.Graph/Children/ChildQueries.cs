using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Paging;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Children;

internal sealed class ChildQueries(IDbContextFactory<AulaDbContext> factory, AulaClock clock) : IQueryFields
{
    /// By first name, last name, then key.
    private static readonly Keyset<Child, ChildCursor> ByName = new(
        c => new ChildCursor(c.FirstName, c.LastName, c.Id),
        q => q.OrderBy(c => c.FirstName).ThenBy(c => c.LastName).ThenBy(c => c.Id),
        q => q.OrderByDescending(c => c.FirstName).ThenByDescending(c => c.LastName).ThenByDescending(c => c.Id),
        k => c => string.Compare(c.FirstName, k.F) > 0
            || (c.FirstName == k.F && (string.Compare(c.LastName, k.L) > 0 || (c.LastName == k.L && c.Id > k.Id))),
        k => c => string.Compare(c.FirstName, k.F) < 0
            || (c.FirstName == k.F && (string.Compare(c.LastName, k.L) < 0 || (c.LastName == k.L && c.Id < k.Id))));

    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<ChildType, Child>>>("children")
            .Description("The children you may see: your own, yourself as a pupil, or those enrolled where you work. By name.")
            .Paged()
            .ResolveAsync(async c =>
            {
                var viewer = await c.ViewerAsync();
                var today = clock.Today;
                return await ByName.PageAsync(
                    factory, db => db.VisibleChildren(viewer, today).Select(Child.FromPerson), PageArgs.From(c), c.CancellationToken);
            });

    private sealed record ChildCursor(string F, string L, int Id);
}
