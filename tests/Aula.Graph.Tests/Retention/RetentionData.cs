using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Retention;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Aula.Graph.Tests.Retention;

/// Children made due for deletion, the job, and row counts read from the EF model rather than from a hand list.
internal static class RetentionData
{
    /// Noon in Copenhagen, mid-month: a day's advance moves the Danish date by exactly one.
    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 3, 10, 11, 0, 0, TimeSpan.Zero));

    public static DateOnly Today(this AulaFactory factory) => factory.Services.GetRequiredService<AulaClock>().Today;

    public static int PersonKey(this AulaFactory factory, string firstName, string lastName) =>
        factory.Query(db => db.People.Single(p => p.FirstName == firstName && p.LastName == lastName).Id);

    /// Ends every enrollment of the children on <paramref name="end"/> (moving a later start back, so each
    /// enrollment still starts before it ends).
    public static async Task EndEnrollmentsAsync(this AulaFactory factory, DateOnly end, params int[] childIds)
    {
        await using var db = factory.Db();
        await db.Enrollments.Where(e => childIds.Contains(e.ChildId) && e.StartDate > end)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.StartDate, end.AddYears(-1)));
        await db.Enrollments.Where(e => childIds.Contains(e.ChildId)).ExecuteUpdateAsync(s => s.SetProperty(e => e.EndDate, end));
    }

    /// Ends the children's enrollments so that their deletion day is tomorrow.
    public static Task DueTomorrowAsync(this AulaFactory factory, params int[] childIds) =>
        factory.EndEnrollmentsAsync(factory.Today().AddDays(1).AddMonths(-15), childIds);

    public static Task<RetentionResult> RunJobAsync(this AulaFactory factory) =>
        factory.Services.GetRequiredService<RetentionJob>().RunAsync(CancellationToken.None);

    /// A second instance of the job, as another node would have.
    public static RetentionJob NewJob(this AulaFactory factory) => ActivatorUtilities.CreateInstance<RetentionJob>(factory.Services);

    public static AulaDbContext Db(this AulaFactory factory) =>
        factory.Services.GetRequiredService<IDbContextFactory<AulaDbContext>>().CreateDbContext();

    /// For every foreign key in the model that points at a person, and for the person's own row, how many rows
    /// hold this person's id: "Table.Column" → count.
    public static async Task<Dictionary<string, int>> ReferencesToAsync(this AulaFactory factory, int personId)
    {
        await using var db = factory.Db();
        var person = db.Model.FindEntityType(typeof(Person))!;
        var columns = db.Model.GetEntityTypes()
            .SelectMany(t => t.GetForeignKeys())
            .Where(fk => fk.PrincipalEntityType == person)
            .Select(fk => (fk.DeclaringEntityType, Property: fk.Properties.Single()))
            .Append((person, person.FindPrimaryKey()!.Properties.Single()));
        var counts = new Dictionary<string, int>();
        foreach (var (type, property) in columns)
        {
            var (table, column) = Column(type, property);
            // Names from the EF model, the id as a parameter.
            var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{table}\" WHERE \"{column}\" = {{0}}";
            counts[$"{table}.{column}"] = await db.Database.SqlQueryRaw<int>(sql, personId).SingleAsync();
        }
        return counts;
    }

    /// The number of rows in every table of the model.
    public static async Task<Dictionary<string, int>> TableCountsAsync(this AulaFactory factory)
    {
        await using var db = factory.Db();
        var counts = new Dictionary<string, int>();
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()!).Distinct())
        {
            var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{table}\"";
            counts[table] = await db.Database.SqlQueryRaw<int>(sql).SingleAsync();
        }
        return counts;
    }

    private static (string Table, string Column) Column(IEntityType type, IProperty property)
    {
        var table = type.GetTableName()!;
        return (table, property.GetColumnName(StoreObjectIdentifier.Table(table, type.GetSchema()))!);
    }
}
