using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using GraphQL;
using GraphQL.Types;

namespace Aula.Graph.CheckIn;

/// The changes to one child's day. Errors common to all: NOT_FOUND (no child whose day you may see), FORBIDDEN (the
/// institution does not let guardians do this, or it is for staff), VALIDATION, UNAVAILABLE (busy; try again).
internal sealed class DayMutations(DayChanger changer, PickupReferences pickups, AulaClock clock) : IMutationFields
{
    private const string Errors = " Errors: NOT_FOUND, FORBIDDEN, VALIDATION, UNAVAILABLE.";

    public void AddTo(ObjectGraphType mutation)
    {
        Field<CheckInInputType, ChildTodayInput>(mutation, "checkIn",
            "Registers that the child arrived today: PRESENT, checked in now (a check-in earlier today stays). For the institution's staff." + Errors,
            (v, i, ct) => changer.OneAsync(v, i.ChildId, null, null, CheckInChange.CheckIn, _ => null,
                d => d with { Status = DayStatus.Present, CheckedInAt = d.CheckedInAt ?? clock.Now, CheckedOutAt = null }, ct));
        Field<CheckOutInputType, ChildTodayInput>(mutation, "checkOut",
            "Registers that the child left today: CHECKED_OUT, checked out now. For the institution's staff; the child must be checked in." + Errors,
            (v, i, ct) => changer.OneAsync(v, i.ChildId, null, null, CheckInChange.CheckOut, _ => null,
                d => d with { Status = DayStatus.CheckedOut, CheckedOutAt = clock.Now }, ct,
                d => d.Status is DayStatus.Present or DayStatus.Sleeping or DayStatus.Trip ? null : CheckInRules.Invalid("The child is not checked in.", "childId")));
        Field<SetDayStatusInputType, SetDayStatusInput>(mutation, "setDayStatus",
            "Sets any status on any day, for the institution's staff; check-in and check-out times stay." + Errors,
            (v, i, ct) => changer.OneAsync(v, i.ChildId, i.Date, null, CheckInChange.Status, _ => null, d => d with { Status = i.Status }, ct));
        Field<ReportSickInputType, ChildTodayInput>(mutation, "reportSick",
            "Reports the child sick for today (where the child is checked in); it lasts the day. For guardians where the institution lets them (`reportSick`), and staff." + Errors,
            (v, i, ct) => changer.OneAsync(v, i.ChildId, null, GuardianFeature.ReportSick, CheckInChange.Sick, _ => null, d => d with { Status = DayStatus.Sick }, ct));
        Field<SetDayNoteInputType, SetDayNoteInput>(mutation, "setDayNote",
            "Writes the day's note, today or later. For guardians where the institution lets them (`writeNote`), and staff." + Errors,
            (v, i, ct) => changer.OneAsync(v, i.ChildId, i.Date, GuardianFeature.WriteNote, CheckInChange.Note,
                t => CheckInRules.Note(i.Note) ?? CheckInRules.NotPast(t, "date"), d => d with { Note = CheckInRules.CleanNote(i.Note) }, ct));
        mutation.Field<NonNullGraphType<ChildDayPayloadType>>("setPickup")
            .Description("Sets when and how the child gets home on a day, today or later. For guardians where the institution lets them (`setPickup`), and staff." + Errors)
            .Argument<NonNullGraphType<SetPickupInputType>>("input")
            .ResolveAsync(async c => await pickups.SetAsync(await c.ViewerAsync(), c.GetArgument<SetPickupInput>("input"), c.CancellationToken));
    }

    private static void Field<TInputType, TInput>(
        ObjectGraphType mutation, string name, string description, Func<Viewer, TInput, CancellationToken, Task<ChildDayPayload>> run)
        where TInputType : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<ChildDayPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async c => await run(await c.ViewerAsync(), c.GetArgument<TInput>("input"), c.CancellationToken));
}
