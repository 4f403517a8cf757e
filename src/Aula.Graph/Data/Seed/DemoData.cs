using Aula.Graph.Basics;

namespace Aula.Graph.Data.Seed;

/// Deterministic demo data, written only into an empty database: the same people, groups, texts and choices on
/// every run (fixed name lists, seeded random numbers); only dates follow the clock, so "this week" is always now.
internal static class DemoData
{
    public static async Task SeedAsync(AulaDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var aulaClock = new AulaClock(clock);
        var world = new DemoWorld(db, aulaClock.Now, aulaClock.Today);

        // All or nothing: a half-written seed would never be completed, since seeding needs an empty database.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        DemoPeople.AddInstitutions(world);
        DemoPeople.AddGroups(world);
        DemoPeople.AddStaff(world, new Random(1001));
        DemoChildren.AddFixedFamilies(world, new Random(1002));
        DemoChildren.AddGeneratedFamilies(world, new Random(1003));
        DemoPlans.Add(world, new Random(1004));
        await db.SaveChangesAsync(cancellationToken);

        // Rows without navigations need the ids the database just assigned.
        var definitions = DemoConsents.AddDefinitions(world);
        DemoCheckIn.Add(world);
        var threadRandom = new Random(1005);
        List<ThreadBuilder> threads = [.. ThreadScripts.Create(world), .. ThreadTemplates.Create(world, threadRandom, 18)];
        db.AddRange(threads.Select(t => t.Build(world, threadRandom)));
        await db.SaveChangesAsync(cancellationToken);

        DemoConsents.AddAnswers(world, definitions, new Random(1006));
        await DemoWidgets.AddAsync(world, cancellationToken);
        var messageNumber = 0;
        db.AddRange(threads.SelectMany(t => t.Messages(() => ++messageNumber)).ToList());
        await db.SaveChangesAsync(cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
