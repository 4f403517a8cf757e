using GraphQL.Types;

namespace Aula.Graph.Plans;

/// Days in ISO order: the week starts on Monday, as Danish plans do (DayOfWeek starts on Sunday).
internal static class Weekdays
{
    public static readonly DayOfWeek[] InIsoOrder =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    public static int IsoIndex(DayOfWeek day) => ((int)day + 6) % 7;
}

public sealed class WeekdayType : EnumerationGraphType
{
    public WeekdayType()
    {
        Name = "Weekday";
        Description = "A day of the week, Monday first.";
        foreach (var day in Weekdays.InIsoOrder)
        {
            Add(day.ToString().ToUpperInvariant(), day);
        }
    }
}
