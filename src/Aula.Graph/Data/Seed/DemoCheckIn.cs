namespace Aula.Graph.Data.Seed;

/// Arrival and departure: what the institutions let guardians do, the Hansens' usual week, and Oliver's
/// grandmother as a pickup person. No days are stored: days follow the clock, and each starts from the template.
internal static class DemoCheckIn
{
    public static void Add(DemoWorld world)
    {
        var mette = world[DemoLogins.Mette];
        var sofie = world[DemoLogins.Sofie];
        var oliver = world.Families.Single(f => f.Guardians.Contains(mette)).Children.Single(c => c.Person.FirstName == "Oliver").Person;

        // The SFO keeps the daily note to its own staff; the daycare lets guardians do everything (no row).
        world.Db.Add(new CheckInSettings { InstitutionId = world.Sfo.Id, GuardiansWriteNote = false, UpdatedAt = world.Now });
        world.Db.Add(new PickupPerson { ChildId = oliver.Id, Name = "Birthe Hansen", Relation = "Mormor", AddedById = mette.Id, AddedAt = world.Now });
        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
        {
            var early = day == DayOfWeek.Friday;
            world.Db.Add(Template(oliver, mette, day, new TimeOnly(7, 30), early ? new TimeOnly(14, 0) : new TimeOnly(15, 30), world.Now));
            world.Db.Add(Template(sofie, mette, day, null, early ? new TimeOnly(14, 30) : new TimeOnly(16, 0), world.Now));
        }
    }

    private static CheckInTemplateDay Template(Person child, Person guardian, DayOfWeek weekday, TimeOnly? arrival, TimeOnly pickup, DateTimeOffset at) =>
        new() { ChildId = child.Id, Weekday = weekday, PlannedArrival = arrival, PlannedPickup = pickup, UpdatedById = guardian.Id, UpdatedAt = at };
}
