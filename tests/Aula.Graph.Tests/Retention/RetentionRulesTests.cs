using Aula.Graph.Retention;

namespace Aula.Graph.Tests.Retention;

/// "Today is on or after the last end plus N months", also where months are of unequal length.
public sealed class RetentionRulesTests
{
    [Theory]
    [InlineData("2026-03-10", 15, "2024-12-10")]
    [InlineData("2026-02-28", 15, "2024-11-30")] // 28, 29 and 30 November + 15 months are all 28 February
    [InlineData("2026-02-27", 15, "2024-11-27")]
    [InlineData("2024-02-29", 12, "2023-02-28")]
    [InlineData("2026-03-31", 1, "2026-02-28")]
    [InlineData("2026-03-30", 1, "2026-02-28")]
    public void TheLatestDueEndIsTheLastDayWhoseDeadlineHasCome(string today, int months, string expected)
    {
        var latest = RetentionRules.LatestDueEnd(DateOnly.Parse(today), months);

        Assert.Equal(DateOnly.Parse(expected), latest);
        Assert.True(RetentionRules.DueOn(latest, months) <= DateOnly.Parse(today));
        Assert.True(RetentionRules.DueOn(latest.AddDays(1), months) > DateOnly.Parse(today));
    }
}
