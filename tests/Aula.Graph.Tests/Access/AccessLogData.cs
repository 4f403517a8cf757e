using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Access;

/// Access log rows straight from the database, and the logins' keys the tests compare them with.
internal static class AccessLogData
{
    public static List<AccessLogEntry> LogEntries(this AulaFactory factory) =>
        factory.Query(db => db.AccessLog.OrderBy(e => e.Id).ToList());

    public static int PersonKey(this AulaFactory factory, string login) =>
        factory.Query(db => db.People.Single(p => p.Login == login).Id);

    public static int ChildKey(this AulaFactory factory, string firstName) =>
        factory.Query(db => db.People.Single(p => p.FirstName == firstName && p.LastName == "Hansen").Id);

    /// Waits for rows a background writer adds (the live channel's), failing after the timeout.
    public static async Task<List<AccessLogEntry>> LogEntriesAsync(this AulaFactory factory, Func<List<AccessLogEntry>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var rows = factory.LogEntries();
            if (done(rows) || DateTime.UtcNow > deadline)
            {
                return rows;
            }
            await Task.Delay(50);
        }
    }
}
