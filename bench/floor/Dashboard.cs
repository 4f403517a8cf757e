using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Aula.Bench.Floor;

/// The dashboard in six statements (viewer, children, their groups, the groups' plans, threads, last messages),
/// each batched over the level before it, as the peer's data loaders do.
internal sealed class Dashboard(string connectionString)
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private static readonly Dictionary<string, string> Sql = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "sql"), "*.sql")
        .ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText);

    public Data? Read(string login, bool steppedUp)
    {
        using var db = new SqliteConnection(connectionString);
        db.Open();
        if (Rows(db, "viewer", r => r.GetInt32(0), ("login", login)) is not [var viewer])
        {
            return null;
        }
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Copenhagen).DateTime);
        var (year, week) = (ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue)));
        var weekName = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-W{week:D2}");

        var children = Rows(db, "children", r => (Id: r.GetInt32(0), Name: $"{r.GetString(1)} {r.GetString(2)}"),
            ("viewer", viewer), ("today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("first", 20));
        var groups = Rows(db, "groups", r => (Child: r.GetInt32(0), Id: r.GetInt32(1), Name: r.GetString(2)),
            ("viewer", viewer), ("children", Ids(children.Select(c => c.Id))));
        var plans = Rows(db, "plans", r => (Group: r.GetInt32(0), Day: r.IsDBNull(3) ? null : r.GetString(3),
                Subject: r.IsDBNull(4) ? null : r.GetString(4), Text: r.IsDBNull(5) ? null : r.GetString(5)),
            ("viewer", viewer), ("groups", Ids(groups.Select(g => g.Id).Distinct())), ("year", year), ("week", week),
            ("now", now.ToUnixTimeMilliseconds()))
            .GroupBy(p => p.Group)
            .ToDictionary(g => g.Key, g => new PlanOut(weekName, [.. g.Where(e => e.Day is not null)
                .Select(e => new EntryOut(e.Day!.ToUpperInvariant(), e.Subject, e.Text!))]));
        var threads = Rows(db, "threads", r => (Id: r.GetInt32(0), Subject: r.GetString(1), Sensitive: r.GetBoolean(2),
            Unread: Math.Max(0, r.GetInt32(3) - r.GetInt32(4))), ("viewer", viewer), ("first", 20));
        var last = Rows(db, "last-messages", r => (Thread: r.GetInt32(0),
                Message: new MessageOut(r.GetString(1), new PersonOut($"{r.GetString(2)} {r.GetString(3)}"))),
            ("threads", Ids(threads.Select(t => t.Id))))
            .ToDictionary(m => m.Thread, m => m.Message);

        return new Data(
            new Page<ChildOut>([.. children.Select(c => new ChildOut(GlobalId("Child", c.Id), c.Name, [.. groups
                .Where(g => g.Child == c.Id)
                .Select(g => new GroupOut(GlobalId("Group", g.Id), g.Name, plans.GetValueOrDefault(g.Id)))]))]),
            new Page<ThreadOut>([.. threads.Select(t => t.Sensitive && !steppedUp
                ? new ThreadOut(GlobalId("ChatThread", t.Id), null, t.Unread, null)
                : new ThreadOut(GlobalId("ChatThread", t.Id), t.Subject, t.Unread, last.GetValueOrDefault(t.Id)))]));
    }

    private static List<T> Rows<T>(SqliteConnection db, string statement, Func<SqliteDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        using var command = db.CreateCommand();
        command.CommandText = Sql[statement];
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue("$" + name, value);
        }
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    private static string Ids(IEnumerable<int> ids) => JsonSerializer.Serialize(ids.ToArray(), FloorJson.Default.Int32Array);

    private static string GlobalId(string type, int key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{type}:{key}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
