using Aula.Graph.Retention;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Aula.Graph.Tests.Retention;

/// Two nodes on one PostgreSQL database run the job at the same moment, twice each: no errors, and the same end
/// state as one node running it alone. Every child but Oliver Hansen is due, so siblings (whose shared guardians
/// go only once both are gone) are deleted on both nodes at once.
[Collection(PostgresDefinition.Name)]
public sealed class RetentionPostgresTests(PostgresServer postgres)
{
    [Fact]
    public async Task TwoNodesRunningTheJobAtOnceEndAsOneNodeAlone()
    {
        var clock = RetentionData.Clock();
        using var alone = await NodeAsync(clock, await postgres.CreateDatabaseAsync());
        var shared = await postgres.CreateDatabaseAsync();
        using var first = await NodeAsync(clock, shared);
        using var second = await NodeAsync(clock, shared);
        var due = await MakeDueAsync(alone);
        Assert.Equal(due, await MakeDueAsync(first));
        clock.Advance(TimeSpan.FromDays(1));

        var reference = await alone.RunJobAsync();
        var results = await Task.WhenAll(first.RunJobAsync(), second.RunJobAsync(), first.RunJobAsync(), second.RunJobAsync());

        Assert.Equal(due.Count, reference.ChildrenDeleted);
        Assert.True(reference.GuardiansDeleted > 10, $"only {reference.GuardiansDeleted} guardians deleted");
        Assert.All(results, r => Assert.Equal(0, r.Failed));
        Assert.Equal(await alone.TableCountsAsync(), await first.TableCountsAsync());
        foreach (var child in due)
        {
            Assert.All(await second.ReferencesToAsync(child), c => Assert.True(c.Value == 0, $"{c.Key} still refers to child {child}"));
        }
        Assert.Equal(new RetentionResult(0, 0, 0, 0), await second.RunJobAsync());
    }

    private static async Task<AulaFactory> NodeAsync(FakeTimeProvider clock, string connectionString)
    {
        var node = new AulaFactory(clock, settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Aula"] = connectionString,
        });
        await node.TableCountsAsync(); // starts the node: migrates and seeds an empty database
        return node;
    }

    private static async Task<List<int>> MakeDueAsync(AulaFactory node)
    {
        var oliver = node.PersonKey("Oliver", "Hansen");
        var children = node.Query(db => db.Enrollments.Select(e => e.ChildId).Distinct().Where(id => id != oliver).OrderBy(id => id).ToList());
        await node.DueTomorrowAsync([.. children]);
        return children;
    }
}
