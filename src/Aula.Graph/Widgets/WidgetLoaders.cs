using Aula.Graph.Access;
using Aula.Graph.Data;
using Aula.Graph.Schema.Loading;
using Aula.Graph.Schema.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Widgets;

[NodeType("Widget")]
public sealed class WidgetByIdLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewerContext)
    : NodeLoader<Widget>(factory, viewerContext)
{
    protected override IQueryable<Widget> Find(AulaDbContext db, Viewer viewer, IReadOnlyCollection<long> keys) =>
        db.VisibleWidgets(viewer).Where(w => keys.Contains(w.Id));

    protected override long KeyOf(Widget node) => node.Id;
}

/// `Institution.widgets`: the whole registry with each institution's choice, for the institution's leaders and
/// administrative staff; empty for everyone else.
public sealed class InstitutionWidgetsLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewer) : BatchListLoader<int, InstitutionWidgetSetting>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<InstitutionWidgetSetting>>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var v = await viewer.GetAsync(cancellationToken);
        var managed = keys.Where(v.ManagesInstitution).ToList();
        if (managed.Count == 0)
        {
            return new Dictionary<int, IReadOnlyList<InstitutionWidgetSetting>>();
        }
        await using var db = factory.CreateDbContext();
        var widgets = await db.Widgets.OrderBy(w => w.Name).ThenBy(w => w.Id).ToListAsync(cancellationToken);
        var enabled = await db.InstitutionWidgets.Where(i => managed.Contains(i.InstitutionId)).ToListAsync(cancellationToken);
        return managed.ToDictionary(i => i, i => (IReadOnlyList<InstitutionWidgetSetting>)widgets
            .Select(w => new InstitutionWidgetSetting(w, enabled.FirstOrDefault(e => e.InstitutionId == i && e.WidgetId == w.Id)?.EnabledAt))
            .ToList());
    }
}
