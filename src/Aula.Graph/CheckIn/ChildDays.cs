using Aula.Graph.Access;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.CheckIn;

/// Reads days as they stand, for many children at once in a fixed number of statements: the check-in
/// enrollment that places each child on the date, the newest event of each, and the weekday's templates.
public static class ChildDays
{
    /// The day of each child enrolled on <paramref name="date"/> at a daycare, SFO or club; a child with no such
    /// enrollment has no day. With several, the one that started first counts.
    public static async Task<IReadOnlyDictionary<int, ChildDay>> LoadAsync(
        AulaDbContext db, IReadOnlyCollection<int> childIds, DateOnly date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var places = await db.CheckInPlaces(date).Where(e => childIds.Contains(e.ChildId))
            .OrderBy(e => e.StartDate).ThenBy(e => e.Id)
            .Select(e => new { e.ChildId, e.InstitutionId })
            .ToListAsync(cancellationToken);
        var latest = await db.CheckInEvents
            .Where(e => childIds.Contains(e.ChildId) && e.Date == date
                && e.Sequence == db.CheckInEvents.Where(x => x.ChildId == e.ChildId && x.Date == date).Max(x => x.Sequence))
            .ToDictionaryAsync(e => e.ChildId, cancellationToken);
        var templates = await db.CheckInTemplates
            .Where(t => childIds.Contains(t.ChildId) && t.Weekday == date.DayOfWeek)
            .ToDictionaryAsync(t => t.ChildId, cancellationToken);
        var days = new Dictionary<int, ChildDay>();
        foreach (var place in places)
        {
            if (days.ContainsKey(place.ChildId))
            {
                continue;
            }
            var template = templates.GetValueOrDefault(place.ChildId);
            days[place.ChildId] = latest.TryGetValue(place.ChildId, out var e)
                ? ChildDay.After(e, template) with { InstitutionId = place.InstitutionId }
                : ChildDay.Start(place.ChildId, place.InstitutionId, date, template);
        }
        return days;
    }

    public static async Task<ChildDay?> LoadAsync(AulaDbContext db, int childId, DateOnly date, CancellationToken cancellationToken) =>
        (await LoadAsync(db, [childId], date, cancellationToken)).GetValueOrDefault(childId);
}
