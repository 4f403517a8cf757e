namespace Aula.Graph.Basics;

/// Time as the municipality lives it: instants from <see cref="TimeProvider"/>, dates in Danish local time.
public sealed class AulaClock(TimeProvider time)
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// Now, at the precision both databases keep (SQLite milliseconds, PostgreSQL microseconds), so that what a
    /// mutation returns equals what a later read returns.
    public DateTimeOffset Now => Stored(time.GetUtcNow());

    public static DateTimeOffset Stored(DateTimeOffset instant) =>
        instant.AddTicks(-(instant.UtcTicks % TimeSpan.TicksPerMillisecond));

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, Zone).DateTime);

    /// Today where an institution is: its days turn over at its own midnight.
    public DateOnly TodayIn(string timeZone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, ZoneOf(timeZone)).DateTime);

    /// Now as a wall clock where an institution is.
    public TimeOnly TimeIn(string timeZone) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, ZoneOf(timeZone)).DateTime);

    public static TimeZoneInfo ZoneOf(string timeZone) => TimeZoneInfo.FindSystemTimeZoneById(timeZone);

    public IsoWeek CurrentWeek => IsoWeek.Of(Today);

    /// The instant a local date and time in Denmark happens.
    public static DateTimeOffset LocalToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
