using Aula.Graph.Access;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Paging;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Groups;

internal sealed class GroupQueries(IDbContextFactory<AulaDbContext> factory) : IQueryFields
{
    private static readonly Keyset<Group, GroupCursor> ByName = new(
        g => new GroupCursor(g.Name, g.Id),
        q => q.OrderBy(g => g.Name).ThenBy(g => g.Id),
        q => q.OrderByDescending(g => g.Name).ThenByDescending(g => g.Id),
        k => g => string.Compare(g.Name, k.Name) > 0 || (g.Name == k.Name && g.Id > k.Id),
        k => g => string.Compare(g.Name, k.Name) < 0 || (g.Name == k.Name && g.Id < k.Id));

    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<GroupType, Group>>>("groups")
            .Description("The groups you may see: your children's and your own, and every group where you work. By name.")
            .Paged()
            .ResolveAsync(async c =>
            {
                var viewer = await c.ViewerAsync();
                return await ByName.PageAsync(factory, db => db.VisibleGroups(viewer), PageArgs.From(c), c.CancellationToken);
            });

    private sealed record GroupCursor(string Name, int Id);
}
