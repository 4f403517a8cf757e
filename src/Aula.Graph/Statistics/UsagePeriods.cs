using Aula.Graph.Basics;

namespace Aula.Graph.Statistics;

/// The calendar of usage statistics, in Danish local time. Periods are whole weeks or months, never parts of one:
/// were `from` and `to` cut periods short, two requests a day apart would differ by one day's counts.
internal static class UsagePeriods
{
    public const int MaxPeriods = 24;

    /// The boundaries of the periods that cover `from` (inclusive) to `to` (exclusive): the first is the start of
    /// the period holding `from`, the last the end of the period holding the day before `to`; n periods have
    /// n + 1 boundaries. Null when that makes more than <see cref="MaxPeriods"/> periods.
    public static IReadOnlyList<DateOnly>? Boundaries(DateOnly from, DateOnly to, StatisticsPeriod period)
    {
        List<DateOnly> bounds = [StartOf(from, period)];
        while (bounds[^1] < to)
        {
            if (bounds.Count > MaxPeriods)
            {
                return null;
            }
            bounds.Add(Next(bounds[^1], period));
        }
        return bounds;
    }

    /// The instant a period boundary happens: local midnight, which Danish summer time never skips or repeats.
    public static DateTimeOffset Instant(DateOnly boundary) => AulaClock.LocalToInstant(boundary, TimeOnly.MinValue);

    private static DateOnly StartOf(DateOnly date, StatisticsPeriod period) =>
        period == StatisticsPeriod.Week ? IsoWeek.Of(date).Monday : new DateOnly(date.Year, date.Month, 1);

    private static DateOnly Next(DateOnly start, StatisticsPeriod period) =>
        period == StatisticsPeriod.Week ? start.AddDays(7) : start.AddMonths(1);
}
