using Aula.Graph.Basics;

namespace Aula.Graph.Plans;

/// The calendar rules of weekly plans, in Danish local time.
internal static class PlanWeeks
{
    private static readonly TimeOnly Noon = new(12, 0);

    /// The agreed publish time when the author gives none: Thursday noon of the week before, so that every
    /// group's plan reaches parents at the same moment (the municipalities' "plans on time").
    public static DateTimeOffset DefaultPublishAt(IsoWeek week) => AulaClock.LocalToInstant(week.Monday.AddDays(-4), Noon);

    /// The instant the week is over: midnight between its Sunday and the next Monday.
    public static DateTimeOffset End(IsoWeek week) => AulaClock.LocalToInstant(week.Monday.AddDays(7), TimeOnly.MinValue);

    /// Orders weeks as numbers (2026-W48 is 202648), which the database can compare.
    public static int Ordinal(IsoWeek week) => (week.Year * 100) + week.Week;

    /// Weeks from one to another, inclusive.
    public static int Span(IsoWeek from, IsoWeek to) => ((to.Monday.DayNumber - from.Monday.DayNumber) / 7) + 1;

}
