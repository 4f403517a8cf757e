using Aula.Graph.Data;

namespace Aula.Graph.CheckIn;

/// A child's day at an institution as it stands: the newest <see cref="CheckInEvent"/> of that child and date,
/// read over the weekly template (a day nobody touched yet is the template's). <see cref="Sequence"/> is 0 for
/// such a day.
public sealed record ChildDay(
    int ChildId,
    int InstitutionId,
    DateOnly Date,
    int Sequence,
    DayStatus Status,
    DateTimeOffset? CheckedInAt,
    DateTimeOffset? CheckedOutAt,
    TimeOnly? PlannedArrival,
    TimeOnly? PlannedPickup,
    PickupKind? Pickup,
    int? PickupGuardianId,
    int? PickupPersonId,
    int? GoesHomeWithId,
    TimeOnly? AloneFrom,
    TimeOnly? AloneUntil,
    string? Note)
{
    /// The day before anyone changed it.
    public static ChildDay Start(int childId, int institutionId, DateOnly date, CheckInTemplateDay? template) =>
        new(childId, institutionId, date, 0, DayStatus.NotArrived, null, null,
            template?.PlannedArrival, template?.PlannedPickup, null, null, null, null, null, null, null);

    /// The day after <paramref name="e"/>; a pickup time the event leaves open is the template's.
    public static ChildDay After(CheckInEvent e, CheckInTemplateDay? template)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.ChildId, e.InstitutionId, e.Date, e.Sequence, e.Status, e.CheckedInAt, e.CheckedOutAt,
            template?.PlannedArrival, e.PlannedPickup ?? template?.PlannedPickup, e.Pickup, e.PickupGuardianId,
            e.PickupPersonId, e.GoesHomeWithId, e.AloneFrom, e.AloneUntil, e.Note);
    }

    /// The event that records this day as the change after the day numbered <see cref="Sequence"/>.
    public CheckInEvent ToEvent(CheckInChange change, int actorId, DateTimeOffset at, CheckInTemplateDay? template) =>
        new()
        {
            ChildId = ChildId,
            InstitutionId = InstitutionId,
            Date = Date,
            Sequence = Sequence + 1,
            Change = change,
            ActorId = actorId,
            At = at,
            Status = Status,
            CheckedInAt = CheckedInAt,
            CheckedOutAt = CheckedOutAt,
            // Kept open while it equals the template, so a later template change still reaches the day.
            PlannedPickup = PlannedPickup == template?.PlannedPickup ? null : PlannedPickup,
            Pickup = Pickup,
            PickupGuardianId = PickupGuardianId,
            PickupPersonId = PickupPersonId,
            GoesHomeWithId = GoesHomeWithId,
            AloneFrom = AloneFrom,
            AloneUntil = AloneUntil,
            Note = Note,
        };
}
