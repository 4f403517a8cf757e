using Aula.Graph.Basics;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Access.Matrix;

/// The objects of Sofie Hansen's world that the matrix aims at, as global IDs, and the viewer's own person.
internal sealed record MatrixTargets
{
    public required string Sofie { get; init; }
    public required string SofiePerson { get; init; }
    public required string Class3A { get; init; }
    public required string PublishedPlan { get; init; }
    public required string UnpublishedPlan { get; init; }
    public required string PublishedWeek { get; init; }
    public required string UnpublishedWeek { get; init; }

    /// "Sofie er syg i dag": Mette and Lars, not sensitive; <see cref="Message"/> is its first message (Mette's).
    public required string Thread { get; init; }
    public required string Message { get; init; }

    /// "Sofies allergi": Mette and Lars, sensitive.
    public required string SensitiveThread { get; init; }
    public required string SensitiveMessage { get; init; }

    /// "school-photo": asked by Solby Skole, so it applies to Sofie and not to a daycare child.
    public required string SchoolPhoto { get; init; }
    public required string School { get; init; }

    /// Solby Skoles SFO: where Sofie's days (arrival and departure) are.
    public required string Sfo { get; init; }
    /// Oliver Hansen, Mette's son at the daycare where anne.pedersen (the other institution's employee) works,
    /// checked in today (<see cref="MatrixWorld"/>), with his grandmother as pickup person.
    public required string Oliver { get; init; }
    public required string Daycare { get; init; }
    public required string OliverPickupPerson { get; init; }
    public required string Lars { get; init; }
    public required string Mette { get; init; }

    /// The demo widgets: weekly plans, enabled at Solby Skole for guardians and pupils; the day overview, enabled
    /// at the daycare for guardians (so only Mette, through Oliver, may open it).
    public required string PlansWidget { get; init; }
    public required string DayWidget { get; init; }

    /// A 2A pupil who left and is due for deletion (<see cref="MatrixWorld"/>).
    public required string FormerPupil { get; init; }

    /// A week ahead, and two: a range of future days for holidays.
    public string InAWeek { get; init; } = DateTime.Today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    public string InTwoWeeks { get; init; } = DateTime.Today.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// The signed-in role's own person; empty for anonymous callers.
    public string Self { get; init; } = "";

    /// The same request aimed at nothing: every ID replaced by one of the same type that does not exist.
    public MatrixTargets Nonexistent
    {
        get
        {
            var copy = this with { };
            foreach (var property in typeof(MatrixTargets).GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite))
            {
                property.SetValue(copy, Missing((string)property.GetValue(this)!));
            }
            return copy;
        }
    }

    public static int Key(string id) => GlobalId.TryDecode(id, out _, out var key) ? (int)key : 0;

    public static MatrixTargets Load(IServiceProvider services, Role role)
    {
        using var db = services.GetRequiredService<IDbContextFactory<AulaDbContext>>().CreateDbContext();
        var now = services.GetRequiredService<AulaClock>().Now;
        var sofie = db.People.Single(p => p.Login == "sofie.hansen").Id;
        var class3A = db.Groups.Single(g => g.Name == "3A").Id;
        var plans = db.WeeklyPlans.Where(p => p.GroupId == class3A).ToList();
        var published = plans.Where(p => p.PublishAt <= now).MaxBy(p => p.Year * 100 + p.Week)!;
        var unpublished = plans.Single(p => p.PublishAt > now);
        Message FirstOf(string subject) =>
            db.Messages.Single(m => m.Sequence == 1 && db.Threads.Any(t => t.Id == m.ThreadId && t.Subject == subject));
        var (message, sensitive) = (FirstOf("Sofie er syg i dag"), FirstOf("Sofies allergi"));
        string Person(string login) => GlobalId.Encode("Person", db.People.Single(p => p.Login == login).Id);
        return new MatrixTargets
        {
            Sofie = GlobalId.Encode("Child", sofie),
            SofiePerson = GlobalId.Encode("Person", sofie),
            Class3A = GlobalId.Encode("Group", class3A),
            PublishedPlan = GlobalId.Encode("WeeklyPlan", published.Id),
            UnpublishedPlan = GlobalId.Encode("WeeklyPlan", unpublished.Id),
            PublishedWeek = new IsoWeek(published.Year, published.Week).ToString(),
            UnpublishedWeek = new IsoWeek(unpublished.Year, unpublished.Week).ToString(),
            Thread = GlobalId.Encode("ChatThread", message.ThreadId),
            Message = GlobalId.Encode("Message", message.Id),
            SensitiveThread = GlobalId.Encode("ChatThread", sensitive.ThreadId),
            SensitiveMessage = GlobalId.Encode("Message", sensitive.Id),
            SchoolPhoto = GlobalId.Encode("ConsentDefinition", db.ConsentDefinitions.Single(d => d.Key == "school-photo").Id),
            School = GlobalId.Encode("Institution", db.Institutions.Single(i => i.Name == "Solby Skole").Id),
            Sfo = GlobalId.Encode("Institution", db.Institutions.Single(i => i.Name == "Solby Skoles SFO").Id),
            Oliver = GlobalId.Encode("Child", OliverKey(db)),
            Daycare = GlobalId.Encode("Institution", db.Institutions.Single(i => i.Name == "Børnehuset Mælkebøtten").Id),
            OliverPickupPerson = GlobalId.Encode("PickupPerson", db.PickupPersons.Single(p => p.ChildId == OliverKey(db)).Id),
            Lars = Person("lars.nielsen"),
            Mette = Person("mette.hansen"),
            PlansWidget = GlobalId.Encode("Widget", db.Widgets.Single(w => w.Key == "ugeplan-overblik").Id),
            DayWidget = GlobalId.Encode("Widget", db.Widgets.Single(w => w.Key == "hverdagskalender").Id),
            FormerPupil = GlobalId.Encode("Child", MatrixWorld.FormerPupil(db)),
            Self = role.Login() is { } login ? Person(login) : "",
        };
    }

    public static int OliverKey(AulaDbContext db) => db.People.Single(p => p.FirstName == "Oliver" && p.LastName == "Hansen").Id;

    /// Weeks and other values that are not global IDs stay as they are.
    private static string Missing(string value) =>
        GlobalId.TryDecode(value, out var type, out _) ? GlobalId.Encode(type, 987_654_321) : value;
}
