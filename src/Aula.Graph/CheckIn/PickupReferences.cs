using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema.Errors;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.CheckIn;

/// `setPickup`. The pickup must name someone who belongs to the child: one of its guardians, one of its current
/// pickup persons, or a child the viewer may see at the same place that day. Anything else, the ID of a child the
/// viewer may not see included, is the same VALIDATION error, so nothing is learned about others.
internal sealed class PickupReferences(DayChanger changer, IDbContextFactory<AulaDbContext> factory)
{
    public async Task<ChildDayPayload> SetAsync(Viewer viewer, SetPickupInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (target, error) = await changer.Targets.OneAsync(viewer, GlobalId.Decode(input.ChildId, "Child"), input.Date, GuardianFeature.SetPickup, cancellationToken);
        if (target is null)
        {
            return new ChildDayPayload { Errors = [error!] };
        }
        var (guardian, person, other) = (GlobalId.Decode(input.GuardianId, "Person"), GlobalId.Decode(input.PickupPersonId, "PickupPerson"), GlobalId.Decode(input.GoesHomeWithId, "Child"));
        if ((CheckInRules.PickupShape(input) ?? CheckInRules.NotPast(target, "date")
            ?? await CheckAsync(viewer, target, input, guardian, person, other, cancellationToken)) is { } invalid)
        {
            return new ChildDayPayload { Errors = [invalid] };
        }
        var written = await changer.WriteAsync(viewer, target.ChildId, [target.Date], CheckInChange.Pickup, d => d with
        {
            PlannedPickup = input.PlannedPickup,
            Pickup = input.Kind,
            PickupGuardianId = guardian,
            PickupPersonId = person,
            GoesHomeWithId = other,
            AloneFrom = input.AloneFrom,
            AloneUntil = input.AloneUntil,
        }, null, cancellationToken);
        return written.Error is { } e ? new ChildDayPayload { Errors = [e] } : new ChildDayPayload { Day = written.Days.Count > 0 ? written.Days[0] : null };
    }

    private async Task<UserError?> CheckAsync(
        Viewer viewer, DayTarget target, SetPickupInput input, int? guardian, int? person, int? other, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var child = target.ChildId;
        if (input.GuardianId is not null
            && (guardian is null || !await db.Custodies.AnyAsync(c => c.ChildId == child && c.GuardianId == guardian, cancellationToken)))
        {
            return CheckInRules.Invalid("Not one of the child's guardians.", "guardianId");
        }
        if (input.PickupPersonId is not null
            && (person is null || !await db.PickupPersons.AnyAsync(p => p.Id == person && p.ChildId == child && p.RemovedAt == null, cancellationToken)))
        {
            return CheckInRules.Invalid("Not one of the child's pickup persons.", "pickupPersonId");
        }
        if (input.GoesHomeWithId is not null
            && (other is null || other == child || !await db.VisibleCheckInPlaces(viewer, target.Date)
                .AnyAsync(e => e.ChildId == other && e.InstitutionId == target.Place.InstitutionId, cancellationToken)))
        {
            return CheckInRules.Invalid("No other child you may name at the same place that day.", "goesHomeWithId");
        }
        return null;
    }
}
