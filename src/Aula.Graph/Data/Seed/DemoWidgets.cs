using Aula.Graph.Basics;

namespace Aula.Graph.Data.Seed;

/// Two widgets: weekly plans for families at the school, and a trusted-documents-only day overview for the daycare
/// (so Sofie's SFO, which has not enabled it, shows what a disabled institution looks like).
internal static class DemoWidgets
{
    public const string PlansKey = "ugeplan-overblik";
    public const string DayKey = "hverdagskalender";

    /// The one operation the day widget registered.
    public const string DayDocument = "query Day { children { nodes { id firstName day { status checkedInAt checkedOutAt plannedPickup } } } }";

    public static async Task AddAsync(DemoWorld world, CancellationToken cancellationToken)
    {
        var plans = await new WidgetManifest(PlansKey, "Ugeplan-overblik", "Meebook ApS", WidgetAudience.GuardiansAndPupils,
            [WidgetScopes.PlansRead, WidgetScopes.GroupsRead], []).ApplyAsync(world.Db, cancellationToken);
        var day = await new WidgetManifest(DayKey, "Hverdagskalender", "Kalenderfabrikken ApS", WidgetAudience.Guardians,
            [WidgetScopes.CheckInRead], [DayDocument], TrustedDocumentsOnly: true).ApplyAsync(world.Db, cancellationToken);
        world.Db.InstitutionWidgets.AddRange(
            new InstitutionWidget { InstitutionId = world.School.Id, WidgetId = plans.Id, EnabledAt = world.Now },
            new InstitutionWidget { InstitutionId = world.Daycare.Id, WidgetId = day.Id, EnabledAt = world.Now });
    }
}
