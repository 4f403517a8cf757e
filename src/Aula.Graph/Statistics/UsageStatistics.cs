using Aula.Graph.Data;

namespace Aula.Graph.Statistics;

/// Anonymous usage counts of the institutions an administrator may read, as the schema shows them.
public sealed record UsageStatistics(DateOnly From, DateOnly To, StatisticsPeriod Period, IReadOnlyList<InstitutionUsage> Institutions);

public sealed record InstitutionUsage(Institution Institution, IReadOnlyList<UsagePeriod> Periods);

public sealed record UsagePeriod(DateOnly Start, DateOnly End, int? Messages, IReadOnlyList<ActivePeopleCount> ActivePeople, int? PlansPublished);

public sealed record ActivePeopleCount(StatisticsRole Role, int? Count);

internal static class Suppression
{
    /// Counts below this are withheld. Zero too: were zero shown, a withheld count would mean "one to four", so
    /// that at least one person did something would be told; withheld means "fewer than five", nothing more.
    public const int Threshold = 5;

    public const string Described = " Null when fewer than five (zero included): small counts are withheld.";

    public static int? Apply(int count) => count >= Threshold ? count : null;
}
