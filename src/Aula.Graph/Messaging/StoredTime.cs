using Aula.Graph.Access;

namespace Aula.Graph.Messaging;

internal static class StoredTime
{
    /// Now, cut to what both databases keep (SQLite milliseconds, PostgreSQL microseconds), so that what a
    /// mutation returns equals what a later read returns.
    public static DateTimeOffset StoredNow(this AulaClock clock)
    {
        var now = clock.Now;
        return now.AddTicks(-(now.UtcTicks % TimeSpan.TicksPerMillisecond));
    }
}
