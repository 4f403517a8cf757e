using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Retention;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Aula.Graph.Tests.Retention;

/// The background service runs the job on the TimeProvider's timer, and the job logs counts only.
public sealed class RetentionServiceTests
{
    [Fact]
    public async Task TheTimerRunsTheJobOnTheDeadline()
    {
        var clock = RetentionData.Clock();
        var runs = new ListLogger();
        using var host = new AulaFactory(clock, settings: new Dictionary<string, string?>
        {
            ["Retention:Enabled"] = "true",
            ["Retention:Interval"] = "01:00:00",
        });
        using var factory = host.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(runs)));
        var sofie = Key(factory, "Sofie", "Hansen");
        await WaitForAsync(() => runs.Runs >= 1, "the run at start");
        await EndEnrollmentsAsync(factory, RetentionRules.LatestDueEnd(TodayOf(factory).AddDays(1), 15), sofie);

        // 23:00 in Copenhagen on the day before: the timer runs, the child is not due yet. At midnight it is.
        clock.Advance(TimeSpan.FromHours(11));
        await WaitForAsync(() => runs.Runs >= 2, "the run at 23:00");
        Assert.True(Exists(factory, sofie), "deleted before the deadline");
        clock.Advance(TimeSpan.FromHours(1));

        await WaitForAsync(() => !Exists(factory, sofie), "the run at midnight to delete the child");
    }

    [Fact]
    public async Task TheJobLogsCountsAndNoPerson()
    {
        var clock = RetentionData.Clock();
        using var factory = new AulaFactory(clock);
        await factory.DueTomorrowAsync(factory.PersonKey("Sofie", "Hansen"), factory.PersonKey("Ella", "Madsen"));
        clock.Advance(TimeSpan.FromDays(1));
        var logger = new ListLogger();
        var services = factory.Services;
        var job = new RetentionJob(services.GetRequiredService<IDbContextFactory<AulaDbContext>>(), services.GetRequiredService<WriteRetry>(),
            services.GetRequiredService<AulaClock>(), services.GetRequiredService<IOptions<RetentionOptions>>(), logger);

        await job.RunAsync(CancellationToken.None);

        var entry = Assert.Single(logger.Entries);
        Assert.Equal("Retention run: 2 children deleted, 1 guardians deleted, 1 guardian roles ended, 0 left for the next run", entry.Message);
        Assert.Equal(["Children", "Failed", "Guardians", "Roles", "{OriginalFormat}"], entry.State.Select(p => p.Key).Order());
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            await Task.Delay(50);
        }
    }

    private static AulaDbContext Db(WebApplicationFactory<Program> factory) =>
        factory.Services.GetRequiredService<IDbContextFactory<AulaDbContext>>().CreateDbContext();

    private static DateOnly TodayOf(WebApplicationFactory<Program> factory) => factory.Services.GetRequiredService<AulaClock>().Today;

    private static int Key(WebApplicationFactory<Program> factory, string first, string last)
    {
        using var db = Db(factory);
        return db.People.Single(p => p.FirstName == first && p.LastName == last).Id;
    }

    private static bool Exists(WebApplicationFactory<Program> factory, int personId)
    {
        using var db = Db(factory);
        return db.People.Any(p => p.Id == personId);
    }

    private static async Task EndEnrollmentsAsync(WebApplicationFactory<Program> factory, DateOnly end, int childId)
    {
        await using var db = Db(factory);
        await db.Enrollments.Where(e => e.ChildId == childId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.EndDate, end).SetProperty(e => e.StartDate, end.AddYears(-1)));
    }

    private sealed class ListLogger : ILogger<RetentionJob>, ILoggerProvider
    {
        public int Runs
        {
            get
            {
                lock (Entries)
                {
                    return Entries.Count(e => e.EventId == 7001);
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => categoryName == typeof(RetentionJob).FullName ? this : NullLogger.Instance;

        public void Dispose()
        {
        }

        public List<(int EventId, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add((eventId.Id, formatter(state, exception), state as IReadOnlyList<KeyValuePair<string, object?>> ?? []));
            }
        }
    }
}
