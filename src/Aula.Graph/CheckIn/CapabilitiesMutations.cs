using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Errors;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.CheckIn;

/// `setPresenceCapabilities`: each institution decides what its guardians may do; its leaders and administrative
/// staff say so. The next request of every guardian follows it.
internal sealed class CapabilitiesMutations(IDbContextFactory<AulaDbContext> factory, WriteRetry writes, AulaClock clock) : IMutationFields
{
    private static readonly UserError NotFound = new(ErrorCodes.NotFound, "There is no institution with this ID.", ["input", "institutionId"]);

    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SetCheckInCapabilitiesPayloadType>>("setPresenceCapabilities")
            .Description("Sets what guardians may do in arrival and departure at a daycare, SFO or club; for its leaders and administrative staff. "
                + "Errors: NOT_FOUND (no such place where you work), FORBIDDEN (not a leader or administrative), UNAVAILABLE.")
            .Argument<NonNullGraphType<SetCheckInCapabilitiesInputType>>("input")
            .ResolveAsync(async c =>
            {
                var (viewer, input) = (await c.ViewerAsync(), c.GetArgument<SetCheckInCapabilitiesInput>("input"));
                var id = GlobalId.Decode(input.InstitutionId, "Institution");
                await using var db = factory.CreateDbContext();
                if (id is not { } institution || !await db.CheckInStaffPlaces(viewer).AnyAsync(i => i.Id == institution, c.CancellationToken))
                {
                    return new SetCheckInCapabilitiesPayload { Errors = [NotFound] };
                }
                if (!viewer.ManagesInstitution(institution))
                {
                    return new SetCheckInCapabilitiesPayload { Errors = [new UserError(ErrorCodes.Forbidden, "Only the institution's leaders and administrative staff decide this.", ["input", "institutionId"])] };
                }
                var saved = await writes.RunAsync(async (w, ct) =>
                {
                    var settings = await w.CheckInSettings.AsTracking().SingleOrDefaultAsync(s => s.InstitutionId == institution, ct)
                        ?? w.CheckInSettings.Add(new CheckInSettings { InstitutionId = institution }).Entity;
                    (settings.GuardiansReportSick, settings.GuardiansRegisterHoliday, settings.GuardiansSetPickup, settings.GuardiansWriteNote, settings.GuardiansEditTemplate)
                        = (input.ReportSick, input.RegisterHoliday, input.SetPickup, input.WriteNote, input.EditTemplate);
                    (settings.UpdatedById, settings.UpdatedAt) = (viewer.PersonId, clock.Now);
                    await w.SaveChangesAsync(ct);
                    return settings;
                }, c.CancellationToken);
                return saved is null ? new SetCheckInCapabilitiesPayload { Errors = [UserError.Busy] } : new SetCheckInCapabilitiesPayload { Capabilities = saved };
            });
}
