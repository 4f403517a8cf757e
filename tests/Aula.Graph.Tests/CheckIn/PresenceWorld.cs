using Aula.Graph.Basics;
using Aula.Graph.CheckIn;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.CheckIn;

/// Stores changes to children's days the way the mutations do (CheckInBook), for tests of what is read back.
internal static class PresenceWorld
{
    public static int Key(this AulaFactory factory, string firstName, string lastName) =>
        factory.Query(db => db.People.Single(p => p.FirstName == firstName && p.LastName == lastName).Id);

    public static DateOnly Today(this AulaFactory factory) => factory.Services.GetRequiredService<AulaClock>().Today;

    /// Replaces the child's template with one weekday's pickup time.
    public static async Task SetTemplateAsync(this AulaFactory factory, int child, DayOfWeek weekday, TimeOnly pickup)
    {
        await using var db = factory.Services.GetRequiredService<IDbContextFactory<AulaDbContext>>().CreateDbContext();
        await db.CheckInTemplates.Where(t => t.ChildId == child).ExecuteDeleteAsync();
        db.CheckInTemplates.Add(new CheckInTemplateDay { ChildId = child, Weekday = weekday, PlannedPickup = pickup, UpdatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
    }

    public static async Task<ChildDay> ChangeDayAsync(
        this AulaFactory factory, int child, string actor, CheckInChange kind, Func<ChildDay, ChildDay> change)
    {
        var actorId = factory.Query(db => db.People.Single(p => p.Login == actor).Id);
        var days = await factory.Services.GetRequiredService<CheckInBook>()
            .ChangeAsync(child, [factory.Today()], kind, actorId, change, CancellationToken.None);
        return Assert.Single(days!);
    }
}
