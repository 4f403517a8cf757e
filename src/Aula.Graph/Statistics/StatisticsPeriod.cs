using System.ComponentModel;

namespace Aula.Graph.Statistics;

/// How usage statistics are cut in time: ISO weeks (Monday to Sunday) or calendar months.
public enum StatisticsPeriod
{
    [Description("ISO weeks, Monday 00:00 to the next Monday 00:00.")]
    Week,

    [Description("Calendar months, the 1st 00:00 to the next month's 1st 00:00.")]
    Month,
}

/// The role a person is counted in at an institution.
public enum StatisticsRole
{
    [Description("A guardian of a child enrolled at the institution during the period.")]
    Guardian,

    [Description("A child enrolled at the institution during the period.")]
    Child,

    [Description("An employee of the institution.")]
    Employee,
}
