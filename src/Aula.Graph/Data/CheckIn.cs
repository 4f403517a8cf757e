namespace Aula.Graph.Data;

/// Where a child is in the day at a daycare, SFO or club. Sick, absent and holiday are reported; the rest are
/// registered by staff as the day goes.
public enum DayStatus { NotArrived, Present, Sick, Absent, Holiday, Trip, Sleeping, CheckedOut }

/// How the child gets home: with one of the child's guardians or pickup persons, with another child, or alone
/// within a time window.
public enum PickupKind { Guardian, PickupPerson, GoesHomeWith, GoesHomeAlone }

/// What a <see cref="CheckInEvent"/> did to the day.
public enum CheckInChange { CheckIn, CheckOut, Status, Sick, Holiday, HolidayCancelled, Pickup, Note }

/// One change of a child's day at an institution, kept for good: who, when, what kind, and the day as it stood
/// after the change. The day before it is the event with the previous <see cref="Sequence"/>; the current day is
/// the newest event, or the weekly template when there is none. Numbered per child and date, so two writers who
/// read the same day cannot both append to it (the unique index refuses the second).
public sealed class CheckInEvent
{
    public long Id { get; set; }
    public int ChildId { get; set; }
    public int InstitutionId { get; set; }
    public DateOnly Date { get; set; }
    public int Sequence { get; set; }
    public CheckInChange Change { get; set; }
    /// Null once the person who made the change has been deleted.
    public int? ActorId { get; set; }
    public DateTimeOffset At { get; set; }

    public DayStatus Status { get; set; }
    public DateTimeOffset? CheckedInAt { get; set; }
    public DateTimeOffset? CheckedOutAt { get; set; }
    /// Null: the weekly template's time for the weekday.
    public TimeOnly? PlannedPickup { get; set; }
    public PickupKind? Pickup { get; set; }
    public int? PickupGuardianId { get; set; }
    public int? PickupPersonId { get; set; }
    public int? GoesHomeWithId { get; set; }
    public TimeOnly? AloneFrom { get; set; }
    public TimeOnly? AloneUntil { get; set; }
    public string? Note { get; set; }
}

/// Someone other than a guardian whom the guardians allow to pick the child up (a grandparent, a neighbour).
/// Only a name and a relation: staff know them by sight, and nothing more is needed. Removed ones stay, since
/// past days name them.
public sealed class PickupPerson
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public required string Name { get; set; }
    public required string Relation { get; set; }
    public int? AddedById { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public DateTimeOffset? RemovedAt { get; set; }
}

/// A guardian's usual week: planned arrival and pickup per weekday. A day with no event starts from it.
public sealed class CheckInTemplateDay
{
    public int ChildId { get; set; }
    public DayOfWeek Weekday { get; set; }
    public TimeOnly? PlannedArrival { get; set; }
    public TimeOnly? PlannedPickup { get; set; }
    public int? UpdatedById { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// What an institution lets guardians do in the check-in module. Staff can always do everything. An institution
/// without a row lets guardians do all of it.
public sealed class CheckInSettings
{
    public int InstitutionId { get; set; }
    public bool GuardiansReportSick { get; set; } = true;
    public bool GuardiansRegisterHoliday { get; set; } = true;
    public bool GuardiansSetPickup { get; set; } = true;
    public bool GuardiansWriteNote { get; set; } = true;
    public bool GuardiansEditTemplate { get; set; } = true;
    public int? UpdatedById { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}
