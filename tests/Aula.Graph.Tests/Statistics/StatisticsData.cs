using System.Globalization;
using System.Text.Json.Nodes;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Statistics;

/// Messages written straight into the test's database at chosen instants, the statistics query, and the
/// test's own SQL to count against.
internal static class StatisticsData
{
    public const string Query = """
        query($from: DateOnly!, $to: DateOnly!, $period: StatisticsPeriod) {
          usageStatistics(from: $from, to: $to, period: $period) {
            from to period suppressionThreshold
            institutions { institution { id name kind municipality { code name } }
              periods { start end messages plansPublished activePeople { role count } } } } }
        """;

    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute) =>
        AulaClock.LocalToInstant(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static int PersonId(this AulaFactory factory, string login) =>
        factory.Query(db => db.People.Single(p => p.Login == login).Id);

    /// One thread of its own with the given messages, in order.
    public static void Send(this AulaFactory factory, params (int SenderId, DateTimeOffset At)[] messages)
    {
        using var db = factory.Services.GetRequiredService<IDbContextFactory<AulaDbContext>>().CreateDbContext();
        var thread = new ChatThread
        {
            Subject = "Statistik",
            CreatedById = messages[0].SenderId,
            CreatedAt = messages[0].At,
            LastSequence = messages.Length,
            LastActivityAt = messages[^1].At,
            Participants = [.. messages.Select(m => m.SenderId).Distinct().Select(id => new ThreadParticipant { PersonId = id, JoinedAt = messages[0].At })],
        };
        db.Add(thread);
        db.SaveChanges();
        db.AddRange(messages.Select((m, i) => new Message
        {
            ThreadId = thread.Id,
            Sequence = i + 1,
            SenderId = m.SenderId,
            Body = "Hej",
            ClientMessageId = $"stat-{thread.Id}-{i}",
            SentAt = m.At,
        }));
        db.SaveChanges();
    }

    public static async Task<JsonNode> StatisticsAsync(this GraphQLClient client, string from, string to, string period = "MONTH") =>
        (await client.PostAsync(Query, new { from, to, period })).Ok()["usageStatistics"]!;

    /// The counts of one institution in the period that starts on the given day.
    public static JsonNode Cell(this JsonNode statistics, string institution, string start) =>
        statistics["institutions"]!.AsArray().Single(i => i!["institution"]!["name"]!.GetValue<string>() == institution)!
            ["periods"]!.AsArray().Single(p => p!["start"]!.GetValue<string>() == start)!;

    public static int? Active(this JsonNode cell, string role) =>
        cell["activePeople"]!.AsArray().Single(a => a!["role"]!.GetValue<string>() == role)!["count"]?.GetValue<int>();

    public static int? Count(this JsonNode cell, string field) => cell[field]?.GetValue<int>();

    /// Runs the test's own SQL on the SQLite file, with instants as the Unix milliseconds the app stores.
    public static int Scalar(this AulaFactory factory, string sql, params (string Name, object Value)[] parameters)
    {
        using var db = factory.Services.GetRequiredService<IDbContextFactory<AulaDbContext>>().CreateDbContext();
        using var connection = new SqliteConnection(db.Database.GetConnectionString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value switch
            {
                DateTimeOffset instant => instant.ToUnixTimeMilliseconds(),
                DateOnly date => Date(date),
                _ => value,
            });
        }
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
