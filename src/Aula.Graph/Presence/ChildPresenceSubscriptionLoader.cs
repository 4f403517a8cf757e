using Aula.Graph.Data;
using Aula.Graph.Schema.Loading;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Presence;

/// Children's days by child and date, as they stand: a subscription event reloads the day it names through it.
public sealed class ChildDayByDateLoader(IDbContextFactory<AulaDbContext> factory) : BatchLoader<(int ChildId, DateOnly Date), ChildDay?>
{
    protected override async Task<IReadOnlyDictionary<(int ChildId, DateOnly Date), ChildDay?>> FetchAsync(
        IReadOnlyCollection<(int ChildId, DateOnly Date)> keys, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var days = new Dictionary<(int, DateOnly), ChildDay?>();
        // One read per date asked (a subscription event asks one).
        foreach (var date in keys.Select(k => k.Date).Distinct())
        {
            var children = keys.Where(k => k.Date == date).Select(k => k.ChildId).ToList();
            foreach (var (child, day) in await ChildDays.LoadAsync(db, children, date, cancellationToken))
            {
                days[(child, date)] = day;
            }
        }
        return days;
    }
}
