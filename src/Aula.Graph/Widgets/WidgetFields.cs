using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Institutions;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Widgets;

/// `Query.widgets`: what a person can open; `Institution.widgets`: what its leaders can enable.
internal sealed class WidgetFields(IDbContextFactory<AulaDbContext> factory, AulaClock clock) : IQueryFields, ITypeFields<InstitutionType>
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WidgetType>>>>("widgets")
            .Description("The widgets you can open: enabled where one of your children (a pupil: you) is enrolled, for your role, and with the consent they ask. By name.")
            .ResolveAsync(async c =>
            {
                var viewer = await c.ViewerAsync();
                await using var db = factory.CreateDbContext();
                var places = db.WidgetPlaces(viewer.PersonId, clock.Today);
                return await db.Widgets.Where(w => places.Any(p => p.WidgetId == w.Id))
                    .OrderBy(w => w.Name).ThenBy(w => w.Id).ToListAsync(c.CancellationToken);
            });

    public void AddTo(InstitutionType type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstitutionWidgetType>>>>("widgets")
            .Description("Every widget of the registry and whether the institution enabled it; for its leaders and administrative staff, else empty.")
            .Resolve(c => c.Loader<InstitutionWidgetsLoader>().Load(c.Source.Id));
}
