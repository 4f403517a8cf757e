namespace Aula.Graph.Data.Seed;

/// The logins that the demo data guarantees, with the facts tests may rely on.
internal static class DemoLogins
{
    /// Guardian of exactly two children: <see cref="Sofie"/> (3A) and Oliver Hansen (Mariehønen, no login).
    public const string Mette = "mette.hansen";

    /// Co-guardian of Mette's two children.
    public const string Thomas = "thomas.hansen";

    /// Pupil in 3A at Solby Skole and in SFO Stjernen; Mette's daughter.
    public const string Sofie = "sofie.hansen";

    /// Teacher at Solby Skole, class teacher of 3A (and maths teacher in 3B).
    public const string Lars = "lars.nielsen";

    /// Pedagogue at Børnehuset Mælkebøtten, in Mariehønen (Oliver's department) and the transition group.
    public const string Anne = "anne.pedersen";

    /// Guardian of Noah Jensen in 3A; no custody of Mette's children.
    public const string Peter = "peter.jensen";

    /// Leader of Solby Skole.
    public const string Karen = "karen.larsen";

    /// Teacher at Solby Skole (1A) who is also guardian of a child in Sommerfuglene.
    public const string Jonas = "jonas.madsen";

    /// Psychologist at PPR Solby (municipal service).
    public const string Hanne = "hanne.vestergaard";

    /// School secretary (administrative employee) at Solby Skole.
    public const string Jette = "jette.holm";

    /// Administrator of Solby Kommune: usage statistics and legal holds; no institution, sees no child.
    public const string Ida = "ida.lund";
}

internal enum PlanKind { None, Preschool, School, Sfo, Daycare }

/// A group under construction, with its staff (the first is the plan author) and children.
internal sealed class DemoGroup
{
    public DemoGroup(string name, GroupKind kind, PlanKind plans, params Institution[] institutions)
    {
        Plans = plans;
        Entity = new Group
        {
            Name = name,
            Kind = kind,
            Grade = kind == GroupKind.Class ? int.Parse(name[..^1], System.Globalization.CultureInfo.InvariantCulture) : null,
            Institutions = [.. institutions.Select(i => new GroupInstitution { Institution = i })],
        };
    }

    public Group Entity { get; }

    public PlanKind Plans { get; }

    public List<Person> Staff { get; } = [];

    public List<DemoChild> Children { get; } = [];

    public void AddStaff(Person person, GroupRole role)
    {
        Staff.Add(person);
        Entity.Memberships.Add(new GroupMembership { Person = person, Role = role });
    }

    public void AddChild(DemoChild child)
    {
        Children.Add(child);
        Entity.Memberships.Add(new GroupMembership { Person = child.Person, Role = GroupRole.Child });
    }
}

internal sealed class DemoFamily(string lastName, string address)
{
    public string LastName { get; } = lastName;

    public string Address { get; } = address;

    public List<Person> Guardians { get; } = [];

    public List<DemoChild> Children { get; } = [];
}

/// A child with their main group (class or department) and the institutions they are enrolled at.
internal sealed record DemoChild(Person Person, DemoGroup Group, DemoFamily Family, List<Institution> EnrolledAt);

/// Everything the seed builds, kept in memory so later parts can refer to it before the database assigns ids.
internal sealed class DemoWorld(AulaDbContext db, DateTimeOffset now, DateOnly today)
{
    private readonly Dictionary<string, Person> byLogin = new(StringComparer.Ordinal);
    private readonly HashSet<string> reservedNames = new(StringComparer.Ordinal);

    public AulaDbContext Db { get; } = db;

    public DateTimeOffset Now { get; } = now;

    public DateOnly Today { get; } = today;

    /// The calendar year the current school year began in (school starts around 10 August).
    public int SchoolYear => Today > new DateOnly(Today.Year, 8, 10) ? Today.Year : Today.Year - 1;

    public Municipality Municipality { get; } = new() { Code = "999", Name = "Solby Kommune" };

    public Institution School { get; set; } = null!;

    public Institution Sfo { get; set; } = null!;

    public Institution Daycare { get; set; } = null!;

    public Institution Ppr { get; set; } = null!;

    public Dictionary<string, DemoGroup> Groups { get; } = new(StringComparer.Ordinal);

    public List<DemoFamily> Families { get; } = [];

    public Person this[string login] => byLogin[login];

    /// Names of the fixed people; generated people never get one of these.
    public bool IsReserved(string firstName, string lastName) => reservedNames.Contains($"{firstName} {lastName}");

    public Person AddPerson(string firstName, string lastName, bool withLogin, bool withContact, Random random)
    {
        var person = new Person { FirstName = firstName, LastName = lastName };
        if (withLogin)
        {
            var login = Names.LoginFor(firstName, lastName);
            for (var n = 2; byLogin.ContainsKey(login); n++)
            {
                login = Names.LoginFor(firstName, lastName) + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            person.Login = login;
            byLogin.Add(login, person);
        }
        if (withContact)
        {
            person.Email = $"{person.Login ?? Names.LoginFor(firstName, lastName)}@example.dk";
            person.Phone = Names.Phone(random);
        }
        Db.Add(person);
        return person;
    }

    /// A fixed person: reserves the name so that no generated person shares it.
    public Person AddNamed(string firstName, string lastName, bool withLogin, bool withContact, Random random)
    {
        reservedNames.Add($"{firstName} {lastName}");
        return AddPerson(firstName, lastName, withLogin, withContact, random);
    }
}
