using System.Globalization;
using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Plans;
using Aula.Graph.Schema.Errors;

namespace Aula.Graph.CheckIn;

/// What check-in inputs must look like. Who may change what is <see cref="AccessFilters"/>'s; field paths start
/// at the mutation's `input` argument.
internal static class CheckInRules
{
    public const int MaxNote = 1000;
    public const int MaxRangeDays = 366;
    public const int MaxName = 200;
    public const int MaxRelation = 100;

    public static UserError Invalid(string message, params string[] path) => new(ErrorCodes.Validation, message, ["input", .. path]);

    /// Days that are over are history: changed only by what staff may set on any day.
    public static UserError? NotPast(DayTarget target, string field) =>
        target.Date < target.Today ? Invalid($"The day must be today ({Iso(target.Today)}) or later.", field) : null;

    public static UserError? Range(DateOnly from, DateOnly to) =>
        to < from ? Invalid("The last day comes before the first.", "to")
        : to.DayNumber - from.DayNumber + 1 > MaxRangeDays ? Invalid($"At most {MaxRangeDays} days at a time.", "to")
        : null;

    public static UserError? Note(string? note) =>
        note is { Length: > MaxNote } ? Invalid($"A note has at most {MaxNote} characters.", "note") : null;

    /// Blank clears the note.
    public static string? CleanNote(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    public static UserError? PickupPerson(AddPickupPersonInput input) =>
        string.IsNullOrWhiteSpace(input.Name) ? Invalid("Give the person's name.", "name")
        : input.Name.Trim().Length > MaxName ? Invalid($"A name has at most {MaxName} characters.", "name")
        : string.IsNullOrWhiteSpace(input.Relation) ? Invalid("Say how the person knows the child.", "relation")
        : input.Relation.Trim().Length > MaxRelation ? Invalid($"A relation has at most {MaxRelation} characters.", "relation")
        : null;

    public static UserError? Template(IReadOnlyList<TemplateDayInput> days)
    {
        for (var i = 0; i < days.Count; i++)
        {
            var index = i.ToString(CultureInfo.InvariantCulture);
            if (days.Take(i).Any(d => d.Weekday == days[i].Weekday))
            {
                return Invalid("Each weekday at most once.", "days", index, "weekday");
            }
            if (days[i] is { PlannedArrival: { } arrival, PlannedPickup: { } pickup } && pickup <= arrival)
            {
                return Invalid("The pickup comes after the arrival.", "days", index, "plannedPickup");
            }
        }
        return null;
    }

    /// The ID fields and window that each kind of pickup takes; anything else given is a mistake, not ignored.
    public static UserError? PickupShape(SetPickupInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var given = new (string Field, bool Given, PickupKind? Needs)[]
        {
            ("guardianId", input.GuardianId is not null, PickupKind.Guardian),
            ("pickupPersonId", input.PickupPersonId is not null, PickupKind.PickupPerson),
            ("goesHomeWithId", input.GoesHomeWithId is not null, PickupKind.GoesHomeWith),
            ("aloneFrom", input.AloneFrom is not null, PickupKind.GoesHomeAlone),
            ("aloneUntil", input.AloneUntil is not null, PickupKind.GoesHomeAlone),
        };
        if (given.FirstOrDefault(g => g.Given && g.Needs != input.Kind) is { Field: { } stray })
        {
            return Invalid($"Not used with this kind of pickup.", stray);
        }
        return input.Kind switch
        {
            PickupKind.PickupPerson when input.PickupPersonId is null => Invalid("Say which pickup person.", "pickupPersonId"),
            PickupKind.GoesHomeWith when input.GoesHomeWithId is null => Invalid("Say which child.", "goesHomeWithId"),
            PickupKind.GoesHomeAlone when input.AloneFrom is null => Invalid("Say from when the child may go.", "aloneFrom"),
            PickupKind.GoesHomeAlone when input.AloneUntil is null || input.AloneUntil <= input.AloneFrom =>
                Invalid("Say until when the child may go, after the start.", "aloneUntil"),
            _ => null,
        };
    }

    /// Monday first, as the week reads.
    public static IReadOnlyList<CheckInTemplateDay> InWeekOrder(IEnumerable<CheckInTemplateDay> days) =>
        [.. days.OrderBy(d => Weekdays.IsoIndex(d.Weekday))];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
