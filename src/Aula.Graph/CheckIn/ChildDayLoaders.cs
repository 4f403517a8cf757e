using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema.Loading;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.CheckIn;

/// Children's days as they stand, by child and date (none: today where the child's check-in place is), each only
/// if the viewer may see it (<see cref="AccessFilters.SeesDay"/>): a day you may not see is a day that is not there.
public sealed class ChildDayLoader(IDbContextFactory<AulaDbContext> factory, ViewerContext viewerContext, AulaClock clock)
    : BatchLoader<(int ChildId, DateOnly? Date), ChildDay?>
{
    protected override async Task<IReadOnlyDictionary<(int ChildId, DateOnly? Date), ChildDay?>> FetchAsync(
        IReadOnlyCollection<(int ChildId, DateOnly? Date)> keys, CancellationToken cancellationToken)
    {
        var viewer = await viewerContext.GetAsync(cancellationToken);
        await using var db = factory.CreateDbContext();
        var todayOf = await TodaysAsync(db, [.. keys.Where(k => k.Date is null).Select(k => k.ChildId)], cancellationToken);
        var wanted = keys.Select(k => (Key: k, Date: k.Date ?? todayOf.GetValueOrDefault(k.ChildId))).ToList();
        var days = new Dictionary<(int, DateOnly?), ChildDay?>();
        // One read per date asked: a list of children asks one.
        foreach (var date in wanted.Select(w => w.Date).Distinct())
        {
            var asked = wanted.Where(w => w.Date == date).ToList();
            var found = await ChildDays.LoadAsync(db, [.. asked.Select(w => w.Key.ChildId)], date, cancellationToken);
            foreach (var (key, _) in asked)
            {
                days[key] = found.GetValueOrDefault(key.ChildId) is { } day && viewer.SeesDay(day.ChildId, day.InstitutionId) ? day : null;
            }
        }
        return days;
    }

    /// Today in the zone of each child's check-in place: its days turn over at its own midnight.
    private async Task<Dictionary<int, DateOnly>> TodaysAsync(AulaDbContext db, List<int> childIds, CancellationToken cancellationToken)
    {
        if (childIds is [])
        {
            return [];
        }
        var zones = await db.CheckInPlaces(clock.Today).Where(e => childIds.Contains(e.ChildId))
            .Select(e => new { e.ChildId, e.Institution.TimeZone })
            .ToListAsync(cancellationToken);
        return zones.DistinctBy(z => z.ChildId).ToDictionary(z => z.ChildId, z => clock.TodayIn(z.TimeZone));
    }
}

/// Pickup persons by id, removed ones too: a past day still names them.
public sealed class PickupPersonLoader(IDbContextFactory<AulaDbContext> factory) : BatchLoader<int, PickupPerson?>
{
    protected override async Task<IReadOnlyDictionary<int, PickupPerson?>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.PickupPersons.Where(p => keys.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => (PickupPerson?)p, cancellationToken);
    }
}
