using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Data;

/// What guardians may do in the check-in module; each institution turns each one on or off (<see cref="CheckInSettings"/>).
public enum GuardianFeature { ReportSick, RegisterHoliday, SetPickup, WriteNote, EditTemplate }

public static class CheckInCapabilities
{
    public static bool Allows(this CheckInSettings settings, GuardianFeature feature)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return feature switch
        {
            GuardianFeature.ReportSick => settings.GuardiansReportSick,
            GuardianFeature.RegisterHoliday => settings.GuardiansRegisterHoliday,
            GuardianFeature.SetPickup => settings.GuardiansSetPickup,
            GuardianFeature.WriteNote => settings.GuardiansWriteNote,
            GuardianFeature.EditTemplate => settings.GuardiansEditTemplate,
            _ => throw new ArgumentOutOfRangeException(nameof(feature)),
        };
    }

    /// The feature as a message names it: "{institution} does not let guardians {feature}".
    public static string Describe(this GuardianFeature feature) => feature switch
    {
        GuardianFeature.ReportSick => "report a child sick",
        GuardianFeature.RegisterHoliday => "register holidays",
        GuardianFeature.SetPickup => "set the pickup or keep pickup persons",
        GuardianFeature.WriteNote => "write the daily note",
        GuardianFeature.EditTemplate => "edit the weekly template",
        _ => throw new ArgumentOutOfRangeException(nameof(feature)),
    };

    /// Each institution's settings in one statement; an institution without a row gets the defaults (all on).
    public static async Task<IReadOnlyDictionary<int, CheckInSettings>> ReadAsync(
        AulaDbContext db, IReadOnlyCollection<int> institutionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.CheckInSettings.Where(s => institutionIds.Contains(s.InstitutionId)).ToDictionaryAsync(s => s.InstitutionId, cancellationToken);
        return institutionIds.Distinct().ToDictionary(id => id, id => rows.GetValueOrDefault(id) ?? new CheckInSettings { InstitutionId = id });
    }
}
