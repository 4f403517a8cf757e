namespace Aula.Graph.Data.Seed;

/// Families: guardians with custody of children, who are enrolled at institutions and belong to groups.
internal static class DemoChildren
{
    private const string Transition = "Overgangsgruppe: kommende skolebørn";

    /// A place for one generated child: the main group, a school level (-2 nursery, -1 kindergarten) and whether
    /// the child starts school next summer.
    private sealed record Slot(string Group, int Level, bool StartsSchool);

    public static void AddFixedFamilies(DemoWorld world, Random random)
    {
        var hansen = Family(world, "Hansen", "Mælkebøttevej 7, " + Names.PostalTown);
        Guardian(world, hansen, world.AddNamed("Mette", "Hansen", withLogin: true, withContact: true, random));
        Guardian(world, hansen, world.AddNamed("Thomas", "Hansen", withLogin: true, withContact: true, random));
        Child(world, hansen, world.AddNamed("Sofie", "Hansen", withLogin: true, withContact: false, random),
            "3A", new DateOnly(world.SchoolYear - 9, 3, 14), sfo: true);
        Child(world, hansen, world.AddNamed("Oliver", "Hansen", withLogin: false, withContact: false, random),
            "Mariehønen", new DateOnly(world.SchoolYear - 5, 9, 2), transition: true);

        var jensen = Family(world, "Jensen", "Kirkevej 22, " + Names.PostalTown);
        Guardian(world, jensen, world.AddNamed("Peter", "Jensen", withLogin: true, withContact: true, random));
        Guardian(world, jensen, world.AddNamed("Camilla", "Jensen", withLogin: true, withContact: true, random));
        Child(world, jensen, world.AddNamed("Noah", "Jensen", withLogin: true, withContact: false, random),
            "3A", new DateOnly(world.SchoolYear - 9, 6, 3), sfo: false);

        // A teacher who is also a parent: one login, an employee profile and a guardian profile.
        var madsen = Family(world, "Madsen", "Egevej 5, " + Names.PostalTown);
        Guardian(world, madsen, world[DemoLogins.Jonas]);
        Guardian(world, madsen, world.AddNamed("Sara", "Madsen", withLogin: true, withContact: true, random));
        Child(world, madsen, world.AddNamed("Ella", "Madsen", withLogin: false, withContact: false, random),
            "Sommerfuglene", world.Today.AddDays(-600), sfo: false);
    }

    public static void AddGeneratedFamilies(DemoWorld world, Random random)
    {
        List<Slot> pending =
        [
            .. Slots("0A", 0, 6), .. Slots("1A", 1, 6), .. Slots("2A", 2, 6), .. Slots("3A", 3, 6), .. Slots("3B", 3, 6),
            .. Slots("Sommerfuglene", -2, 5), new("Mariehønen", -1, true), new("Mariehønen", -1, true),
            new("Mariehønen", -1, true), .. Slots("Mariehønen", -1, 4),
        ];
        while (pending.Count > 0)
        {
            List<Slot> children = [pending[0]];
            pending.RemoveAt(0);
            if (random.NextDouble() < 0.3)
            {
                var siblings = pending.Where(s => s.Level != children[0].Level).ToList();
                if (siblings.Count > 0)
                {
                    var sibling = siblings[random.Next(siblings.Count)];
                    pending.Remove(sibling);
                    children.Add(sibling);
                }
            }
            AddFamily(world, random, children);
        }
    }

    private static IEnumerable<Slot> Slots(string group, int level, int count) =>
        Enumerable.Repeat(new Slot(group, level, false), count);

    private static void AddFamily(DemoWorld world, Random random, List<Slot> slots)
    {
        var family = Family(world, random.Pick(Names.LastNames), Names.Address(random));
        var twoGuardians = random.NextDouble() < 0.75;
        var motherFirst = random.NextDouble() < 0.5;
        var otherLastName = random.NextDouble() < 0.4 ? random.Pick(Names.LastNames) : family.LastName;
        if (twoGuardians || motherFirst)
        {
            AddGuardian(Names.Women, motherFirst ? family.LastName : otherLastName);
        }
        if (twoGuardians || !motherFirst)
        {
            AddGuardian(Names.Men, motherFirst ? otherLastName : family.LastName);
        }

        foreach (var slot in slots)
        {
            var girl = random.NextDouble() < 0.5;
            var firstName = FreeName(girl ? Names.Girls : Names.Boys, family.LastName);
            var birth = slot.Level switch
            {
                -2 => world.Today.AddDays(-420 - random.Next(500)),
                -1 => new DateOnly(world.SchoolYear - (slot.StartsSchool ? 5 : 3 + random.Next(2)), 1, 1).AddDays(random.Next(365)),
                _ => new DateOnly(world.SchoolYear - 6 - slot.Level, 1, 1).AddDays(random.Next(365)),
            };
            var pupil = slot.Level >= 0;
            var person = world.AddPerson(firstName, family.LastName, withLogin: pupil, withContact: false, random);
            var sfo = pupil && (slot.Level <= 1 || random.NextDouble() < 0.5);
            Child(world, family, person, slot.Group, birth, sfo, slot.StartsSchool, random.Next(60));
        }

        void AddGuardian(string[] names, string lastName)
        {
            var person = world.AddPerson(FreeName(names, lastName), lastName, withLogin: true, withContact: true, random);
            Guardian(world, family, person);
        }

        string FreeName(string[] names, string lastName)
        {
            while (true)
            {
                var name = random.Pick(names);
                if (!world.IsReserved(name, lastName) && !family.Children.Any(c => c.Person.FirstName == name))
                {
                    return name;
                }
            }
        }
    }

    private static DemoFamily Family(DemoWorld world, string lastName, string address)
    {
        var family = new DemoFamily(lastName, address);
        world.Families.Add(family);
        return family;
    }

    private static void Guardian(DemoWorld world, DemoFamily family, Person person)
    {
        person.Address = family.Address;
        person.Profiles.Add(new Profile { Kind = ProfileKind.Guardian });
        family.Guardians.Add(person);
        foreach (var child in family.Children)
        {
            world.Db.Add(new Custody { Guardian = person, Child = child.Person });
        }
    }

    private static void Child(DemoWorld world, DemoFamily family, Person person, string groupName, DateOnly birth,
        bool sfo = false, bool transition = false, int daycareDelay = 30)
    {
        var group = world.Groups[groupName];
        var atSchool = group.Plans is PlanKind.School or PlanKind.Preschool;
        var home = atSchool ? world.School : world.Daycare;
        person.BirthDate = birth;
        person.Address = family.Address;
        person.Profiles.Add(new Profile { Kind = ProfileKind.Child, Institution = home });

        var child = new DemoChild(person, group, family, [home]);
        family.Children.Add(child);
        group.AddChild(child);
        var level = world.SchoolYear - 6 - birth.Year;
        var start = atSchool
            ? new DateOnly(world.SchoolYear - level, 8, 10)
            : FirstOfMonth(birth.AddDays(300 + daycareDelay));
        Enroll(world, person, home, start);
        if (sfo)
        {
            child.EnrolledAt.Add(world.Sfo);
            Enroll(world, person, world.Sfo, new DateOnly(world.SchoolYear - level, 4, 1));
            world.Groups[level <= 1 ? "SFO Regnbuen" : "SFO Stjernen"].AddChild(child);
        }
        if (transition)
        {
            world.Groups[Transition].AddChild(child);
        }
        foreach (var guardian in family.Guardians)
        {
            world.Db.Add(new Custody { Guardian = guardian, Child = person });
        }
    }

    private static void Enroll(DemoWorld world, Person child, Institution institution, DateOnly start) =>
        world.Db.Add(new Enrollment { Child = child, Institution = institution, StartDate = start });

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);
}
