using Aula.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Aula.Graph.Tests.Statistics.StatisticsData;

namespace Aula.Graph.Tests.Statistics;

/// The administrator's counts agree with the test's own SQL where they are shown, and are withheld below five.
public sealed class UsageStatisticsTests : IDisposable
{
    private const string School = "Solby Skole";
    private static readonly DateTimeOffset Now = new(2026, 6, 17, 10, 0, 0, TimeSpan.Zero);
    private readonly AulaFactory factory = new(new FakeTimeProvider(Now));

    public void Dispose() => factory.Dispose();

    /// The sender belongs to institution @i in the period: an employee, or a child enrolled there then, or their guardian.
    private const string SenderAttached = """
        (EXISTS (SELECT 1 FROM Profiles f WHERE f.PersonId = m.SenderId AND f.Kind = 'Employee' AND f.InstitutionId = @i)
         OR EXISTS (SELECT 1 FROM Enrollments e WHERE e.InstitutionId = @i AND e.StartDate < @end AND (e.EndDate IS NULL OR e.EndDate >= @start)
           AND (e.ChildId = m.SenderId OR EXISTS (SELECT 1 FROM Custodies c WHERE c.ChildId = e.ChildId AND c.GuardianId = m.SenderId))))
        """;

    private (string, object)[] Cell(string institution, DateOnly start, DateOnly end) =>
    [
        ("@i", (long)factory.Query(db => db.Institutions.Single(i => i.Name == institution).Id)),
        ("@start", start), ("@end", end), ("@a", Midnight(start)), ("@b", Midnight(end)), ("@now", Now),
    ];

    private static DateTimeOffset Midnight(DateOnly date) => Aula.Graph.Basics.AulaClock.LocalToInstant(date, TimeOnly.MinValue);

    [Fact]
    public async Task BusyCellsMatchADirectCount()
    {
        // Six guardians of Sofie's class write in May, on top of the demo's own conversations.
        var guardians = factory.Query(db => db.Custodies.Where(c => db.GroupMemberships.Any(m => m.Group.Name == "3A" && m.PersonId == c.ChildId))
            .Select(c => c.GuardianId).Distinct().OrderBy(id => id).Take(6).ToList());
        factory.Send([.. guardians.Select((g, n) => (g, Local(2026, 5, 4 + n, 19, 30)))]);
        var (start, end) = (new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 1));
        var cell = Cell(School, start, end);

        var statistics = await factory.GraphQL("ida.lund").StatisticsAsync("2026-05-01", "2026-06-01");
        var may = statistics.Cell(School, "2026-05-01");

        var messages = factory.Scalar("SELECT COUNT(*) FROM Messages m WHERE m.SentAt >= @a AND m.SentAt < @b AND " + SenderAttached, cell);
        Assert.InRange(messages, 5 + 6, 10_000);
        Assert.Equal(messages, may.Count("messages"));
        var guardiansActive = factory.Scalar("""
            SELECT COUNT(DISTINCT x.P) FROM (SELECT SenderId AS P, SentAt AS At FROM Messages UNION ALL SELECT AuthorId, UpdatedAt FROM WeeklyPlans) x
            WHERE x.At >= @a AND x.At < @b AND EXISTS (SELECT 1 FROM Enrollments e JOIN Custodies c ON c.ChildId = e.ChildId
              WHERE c.GuardianId = x.P AND e.InstitutionId = @i AND e.StartDate < @end AND (e.EndDate IS NULL OR e.EndDate >= @start))
            """, cell);
        Assert.InRange(guardiansActive, 6, 1_000);
        Assert.Equal(guardiansActive, may.Active("GUARDIAN"));
    }

    [Fact]
    public async Task PlansPublishedCountOnlyPublishTimesThatPassed()
    {
        var (start, end) = (new DateOnly(2026, 6, 1), new DateOnly(2026, 7, 1));
        const string Plans = """
            SELECT COUNT(*) FROM WeeklyPlans p JOIN GroupInstitutions gi ON gi.GroupId = p.GroupId
            WHERE gi.InstitutionId = @i AND p.PublishAt >= @a AND p.PublishAt < @b AND p.PublishAt <= @now
            """;
        var published = factory.Scalar(Plans, Cell(School, start, end));
        var scheduled = factory.Scalar(Plans.Replace("<= @now", "> @now", StringComparison.Ordinal), Cell(School, start, end));

        var june = (await factory.GraphQL("ida.lund").StatisticsAsync("2026-06-01", "2026-07-01")).Cell(School, "2026-06-01");

        // Every class has this week's plan out and next week's waiting for Thursday.
        Assert.Equal(5, published);
        Assert.Equal(5, scheduled);
        Assert.Equal(5, june.Count("plansPublished"));
    }

    [Fact]
    public async Task CountsBelowFiveAreWithheldAndFiveIsShown()
    {
        var (lars, anne) = (factory.PersonId("lars.nielsen"), factory.PersonId("anne.pedersen"));
        factory.Send([.. Enumerable.Range(1, 5).Select(d => (lars, Local(2026, 3, d + 1, 9, 0)))]);
        factory.Send([.. Enumerable.Range(1, 3).Select(d => (anne, Local(2026, 3, d + 1, 9, 0)))]);

        var march = await factory.GraphQL("ida.lund").StatisticsAsync("2026-03-01", "2026-04-01");

        var school = march.Cell(School, "2026-03-01");
        Assert.Equal(5, school.Count("messages"));
        Assert.Null(school.Active("EMPLOYEE")); // one person
        var daycare = march.Cell("Børnehuset Mælkebøtten", "2026-03-01");
        Assert.Null(daycare.Count("messages")); // three
        Assert.Null(daycare.Count("plansPublished")); // zero is withheld too
        Assert.All(march["institutions"]!.AsArray().SelectMany(i => i!["periods"]!.AsArray()).SelectMany(p => p!["activePeople"]!.AsArray()),
            a => Assert.Null(a!["count"]));
    }

    [Fact]
    public async Task GuardiansCountWhileTheirChildIsEnrolled()
    {
        // Five guardians, each of exactly one child, who is enrolled at the school; each writes once in March.
        var pairs = factory.Query(db => db.Custodies
            .Where(c => db.Custodies.Count(o => o.GuardianId == c.GuardianId) == 1
                && db.Enrollments.Any(e => e.ChildId == c.ChildId && e.Institution.Name == School))
            .OrderBy(c => c.GuardianId).Take(5).Select(c => new { c.GuardianId, c.ChildId }).ToList());
        factory.Send([.. pairs.Select((p, n) => (p.GuardianId, Local(2026, 3, 10 + n, 20, 0)))]);
        var ida = factory.GraphQL("ida.lund");
        Assert.Equal(5, (await ida.StatisticsAsync("2026-03-01", "2026-04-01")).Cell(School, "2026-03-01").Active("GUARDIAN"));

        // One child left the school at the end of February: their guardian no longer belongs to it in March.
        factory.Query(db => db.Enrollments.Where(e => e.ChildId == pairs[0].ChildId && e.Institution.Name == School)
            .ExecuteUpdate(s => s.SetProperty(e => e.EndDate, new DateOnly(2026, 2, 28))));

        var march = (await ida.StatisticsAsync("2026-03-01", "2026-04-01")).Cell(School, "2026-03-01");
        Assert.Null(march.Active("GUARDIAN"));
        Assert.Null(march.Count("messages"));
    }
}
