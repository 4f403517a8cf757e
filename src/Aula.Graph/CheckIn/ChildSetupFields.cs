using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Children;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.CheckIn;

/// `Child.presenceTemplate` and `Child.pickupPersons`: for whoever sees the child's day today.
internal sealed class ChildSetupFields : ITypeFields<ChildType>
{
    public void AddTo(ChildType type)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CheckInTemplateDayType>>>>("presenceTemplate")
            .Description("The child's usual week of planned arrival and pickup times, Monday first; for the child's guardians and the staff where the child is checked in, else empty.")
            .Resolve(c => c.Loader<CheckInTemplateLoader>().Load(c.Source.Id));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PickupPersonType>>>>("pickupPersons")
            .Description("Who besides the guardians may pick the child up; for the child's guardians and the staff where the child is checked in, else empty.")
            .Resolve(c => c.Loader<PickupPersonsLoader>().Load(c.Source.Id));
    }
}

public sealed class CheckInTemplateLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewer, AulaClock clock) : BatchListLoader<int, CheckInTemplateDay>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<CheckInTemplateDay>>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var v = await viewer.GetAsync(cancellationToken);
        await using var db = factory.CreateDbContext();
        var rows = await db.CheckInTemplates
            .Where(t => keys.Contains(t.ChildId) && db.VisibleCheckInPlaces(v, clock.Today).Any(e => e.ChildId == t.ChildId))
            .ToListAsync(cancellationToken);
        return Group(CheckInRules.InWeekOrder(rows), t => t.ChildId, t => t);
    }
}

public sealed class PickupPersonsLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewer, AulaClock clock) : BatchListLoader<int, PickupPerson>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<PickupPerson>>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var v = await viewer.GetAsync(cancellationToken);
        await using var db = factory.CreateDbContext();
        var rows = await db.PickupPersons
            .Where(p => keys.Contains(p.ChildId) && p.RemovedAt == null && db.VisibleCheckInPlaces(v, clock.Today).Any(e => e.ChildId == p.ChildId))
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        return Group(rows, p => p.ChildId, p => p);
    }
}
