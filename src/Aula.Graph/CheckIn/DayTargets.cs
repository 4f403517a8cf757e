using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema.Errors;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.CheckIn;

/// One of a child's enrollments at a daycare, SFO or club.
internal sealed record CheckInPlace(int InstitutionId, string Name, string TimeZone, DateOnly Start, DateOnly? End)
{
    public bool Covers(DateOnly date) => Start <= date && (End is null || End >= date);
}

/// A day a mutation may change: the child, where the child is that date, and "today" where that is.
internal sealed record DayTarget(int ChildId, CheckInPlace Place, DateOnly Date, DateOnly Today, bool Staff);

/// Finds the days a check-in mutation is about and decides, through <see cref="AccessFilters"/>, whether the
/// viewer may change them. A child whose day the viewer may not see is NOT_FOUND exactly as an unknown ID is.
internal sealed class DayTargets(IDbContextFactory<AulaDbContext> factory, AulaClock clock)
{
    public static readonly UserError NoSuchChild = new(ErrorCodes.NotFound, "There is no child with this ID.", ["input", "childId"]);

    /// The day on <paramref name="date"/>, or today where the child is when null (the field at fault is then the child).
    public async Task<(DayTarget? Target, UserError? Error)> OneAsync(
        Viewer viewer, int? childId, DateOnly? date, GuardianFeature? feature, CancellationToken cancellationToken)
    {
        var (targets, error) = await RangeAsync(viewer, childId, date, date, feature, "date", cancellationToken);
        return (targets?[0], error);
    }

    /// Every day from <paramref name="from"/> to <paramref name="to"/> that has a check-in place the viewer may
    /// act at (days elsewhere are left out); null dates mean today. <paramref name="dateField"/> names the input
    /// field that a date without any check-in place is blamed on.
    public async Task<(IReadOnlyList<DayTarget>? Targets, UserError? Error)> RangeAsync(
        Viewer viewer, int? childId, DateOnly? from, DateOnly? to, GuardianFeature? feature, string dateField, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (childId is not { } child)
        {
            return (null, NoSuchChild);
        }
        await using var db = factory.CreateDbContext();
        var places = await PlacesAsync(db, child, cancellationToken);
        var today = LocalToday(places);
        var (first, last) = (from ?? today, to ?? from ?? today);
        var guardian = viewer.GuardianOf.Contains(child);
        var dates = Enumerable.Range(0, Math.Max(0, last.DayNumber - first.DayNumber + 1)).Select(first.AddDays)
            .Select(d => (Date: d, Place: PlaceOn(places, d))).ToList();
        var seen = dates.Where(d => d.Place is { } p && (guardian || viewer.IsCheckInStaff(p.InstitutionId))).ToList();
        if (seen.Count == 0)
        {
            // Whoever knows the child (a guardian, staff where the child is today) learns why; anyone else, nothing.
            var knows = guardian || (PlaceOn(places, today) is { } now && viewer.IsCheckInStaff(now.InstitutionId));
            return (null, knows ? Invalid(from is null ? "childId" : dateField, first, last) : NoSuchChild);
        }
        var settings = await CheckInCapabilities.ReadAsync(db, [.. seen.Select(d => d.Place!.InstitutionId)], cancellationToken);
        if (seen.Select(d => d.Place!).FirstOrDefault(p => !viewer.MayChangeDay(child, p.InstitutionId, settings[p.InstitutionId], feature)) is { } refused)
        {
            return (null, Forbidden(refused, feature));
        }
        return ([.. seen.Select(d => new DayTarget(child, d.Place!, d.Date, clock.TodayIn(d.Place!.TimeZone), viewer.IsCheckInStaff(d.Place!.InstitutionId)))], null);
    }

    /// The child's check-in enrollments, in the order <see cref="ChildDays"/> picks among them.
    private static async Task<List<CheckInPlace>> PlacesAsync(AulaDbContext db, int childId, CancellationToken cancellationToken) =>
        await db.CheckInEnrollments()
            .Where(e => e.ChildId == childId)
            .OrderBy(e => e.StartDate).ThenBy(e => e.Id)
            .Select(e => new CheckInPlace(e.InstitutionId, e.Institution.Name, e.Institution.TimeZone, e.StartDate, e.EndDate))
            .ToListAsync(cancellationToken);

    private static CheckInPlace? PlaceOn(List<CheckInPlace> places, DateOnly date) => places.Find(p => p.Covers(date));

    /// Today where the child is checked in: the days of each place turn over at its own midnight.
    private DateOnly LocalToday(List<CheckInPlace> places) =>
        places.Select(p => clock.TodayIn(p.TimeZone)).FirstOrDefault(d => PlaceOn(places, d) is not null, clock.Today);

    private static UserError Invalid(string field, DateOnly from, DateOnly to) =>
        new(ErrorCodes.Validation, from == to
            ? $"The child has no place at a daycare, SFO or club on {from:yyyy-MM-dd}."
            : $"The child has no place at a daycare, SFO or club from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}.", ["input", field]);

    private static UserError Forbidden(CheckInPlace place, GuardianFeature? feature) =>
        new(ErrorCodes.Forbidden, feature is { } f
            ? $"{place.Name} does not let guardians {f.Describe()}."
            : $"Only the staff of {place.Name} may do this.", ["input", "childId"]);
}
