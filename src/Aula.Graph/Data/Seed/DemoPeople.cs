namespace Aula.Graph.Data.Seed;

/// The municipality, its institutions, groups and staff.
internal static class DemoPeople
{
    public static void AddInstitutions(DemoWorld world)
    {
        var municipality = world.Municipality;
        world.Db.Add(municipality);
        world.School = Add("Solby Skole", InstitutionKind.School);
        world.Sfo = Add("Solby Skoles SFO", InstitutionKind.Sfo);
        world.Daycare = Add("Børnehuset Mælkebøtten", InstitutionKind.Daycare);
        world.Ppr = Add("PPR Solby", InstitutionKind.MunicipalService);

        Institution Add(string name, InstitutionKind kind)
        {
            var institution = new Institution { Municipality = municipality, Name = name, Kind = kind };
            world.Db.Add(institution);
            return institution;
        }
    }

    public static void AddGroups(DemoWorld world)
    {
        AddGroup(world, "0A", GroupKind.Class, PlanKind.Preschool, world.School);
        AddGroup(world, "1A", GroupKind.Class, PlanKind.School, world.School);
        AddGroup(world, "2A", GroupKind.Class, PlanKind.School, world.School);
        AddGroup(world, "3A", GroupKind.Class, PlanKind.School, world.School);
        AddGroup(world, "3B", GroupKind.Class, PlanKind.School, world.School);
        AddGroup(world, "SFO Regnbuen", GroupKind.Department, PlanKind.Sfo, world.Sfo);
        AddGroup(world, "SFO Stjernen", GroupKind.Department, PlanKind.Sfo, world.Sfo);
        AddGroup(world, "Sommerfuglene", GroupKind.Department, PlanKind.Daycare, world.Daycare);
        AddGroup(world, "Mariehønen", GroupKind.Department, PlanKind.Daycare, world.Daycare);
        AddGroup(world, "Overgangsgruppe: kommende skolebørn", GroupKind.CrossInstitution, PlanKind.None, world.Daycare, world.School);
        AddGroup(world, "Fagligt netværk for inklusion", GroupKind.CrossInstitution, PlanKind.None, world.School, world.Daycare, world.Ppr);
    }

    private static void AddGroup(DemoWorld world, string name, GroupKind kind, PlanKind plans, params Institution[] institutions)
    {
        var group = new DemoGroup(name, kind, plans, institutions);
        world.Groups.Add(name, group);
        world.Db.Add(group.Entity);
    }

    public static void AddStaff(DemoWorld world, Random random)
    {
        var (school, sfo, daycare, ppr) = (world.School, world.Sfo, world.Daycare, world.Ppr);
        var groups = world.Groups;

        var karen = Employee("Karen", "Larsen", (school, EmployeeRole.Leader));
        var lars = Employee("Lars", "Nielsen", (school, EmployeeRole.Teacher));
        var birgitte = Employee("Birgitte", "Sørensen", (school, EmployeeRole.Teacher));
        var jonas = Employee("Jonas", "Madsen", (school, EmployeeRole.Teacher));
        var louise = Employee("Louise", "Thomsen", (school, EmployeeRole.Teacher));
        var helle = Employee("Helle", "Christensen", (school, EmployeeRole.Teacher));
        var rasmus = Employee("Rasmus", "Olsen", (school, EmployeeRole.Teacher));
        Employee("Jette", "Holm", (school, EmployeeRole.Administrative));
        var kasper = Employee("Kasper", "Rasmussen", (school, EmployeeRole.Pedagogue), (sfo, EmployeeRole.Pedagogue));
        Employee("Tina", "Jørgensen", (sfo, EmployeeRole.Leader));
        var maja = Employee("Maja", "Andersen", (sfo, EmployeeRole.Pedagogue));
        var mikkel = Employee("Mikkel", "Petersen", (sfo, EmployeeRole.Pedagogue));
        var dorthe = Employee("Dorthe", "Poulsen", (daycare, EmployeeRole.Leader));
        var anne = Employee("Anne", "Pedersen", (daycare, EmployeeRole.Pedagogue));
        var susanne = Employee("Susanne", "Kristensen", (daycare, EmployeeRole.Pedagogue));
        var line = Employee("Line", "Mortensen", (daycare, EmployeeRole.Pedagogue));
        var hanne = Employee("Hanne", "Vestergaard", (ppr, EmployeeRole.Specialist));
        var ida = world.AddNamed("Ida", "Lund", withLogin: true, withContact: true, random);
        ida.Profiles.Add(new Profile { Kind = ProfileKind.Administrator, Municipality = world.Municipality });

        groups["0A"].AddStaff(birgitte, GroupRole.Teacher);
        groups["0A"].AddStaff(kasper, GroupRole.Pedagogue);
        groups["1A"].AddStaff(jonas, GroupRole.Teacher);
        groups["2A"].AddStaff(louise, GroupRole.Teacher);
        groups["2A"].AddStaff(helle, GroupRole.Teacher);
        groups["3A"].AddStaff(lars, GroupRole.Teacher);
        groups["3A"].AddStaff(helle, GroupRole.Teacher);
        groups["3B"].AddStaff(rasmus, GroupRole.Teacher);
        groups["3B"].AddStaff(lars, GroupRole.Teacher);
        groups["SFO Regnbuen"].AddStaff(maja, GroupRole.Pedagogue);
        groups["SFO Regnbuen"].AddStaff(kasper, GroupRole.Pedagogue);
        groups["SFO Stjernen"].AddStaff(mikkel, GroupRole.Pedagogue);
        groups["SFO Stjernen"].AddStaff(maja, GroupRole.Pedagogue);
        groups["Sommerfuglene"].AddStaff(susanne, GroupRole.Pedagogue);
        groups["Sommerfuglene"].AddStaff(line, GroupRole.Pedagogue);
        groups["Mariehønen"].AddStaff(anne, GroupRole.Pedagogue);
        groups["Overgangsgruppe: kommende skolebørn"].AddStaff(anne, GroupRole.Pedagogue);
        groups["Overgangsgruppe: kommende skolebørn"].AddStaff(birgitte, GroupRole.Teacher);
        var network = groups["Fagligt netværk for inklusion"];
        network.AddStaff(karen, GroupRole.Leader);
        network.AddStaff(dorthe, GroupRole.Leader);
        network.AddStaff(hanne, GroupRole.Member);
        network.AddStaff(lars, GroupRole.Member);

        Person Employee(string firstName, string lastName, params (Institution At, EmployeeRole Role)[] jobs)
        {
            var person = world.AddNamed(firstName, lastName, withLogin: true, withContact: true, random);
            foreach (var (at, role) in jobs)
            {
                person.Profiles.Add(new Profile { Kind = ProfileKind.Employee, Institution = at, Role = role });
            }
            return person;
        }
    }
}
