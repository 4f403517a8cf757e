using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using GraphQL;
using GraphQL.Types;

namespace Aula.Graph.CheckIn;

/// Holidays over a range of days: each weekday of the range with a check-in place gets its own change, so every
/// day's history says who registered it. Days the child is already checked in on are left as they are.
internal sealed class HolidayMutations(DayChanger changer) : IMutationFields
{
    private const string Errors = " Errors: NOT_FOUND, FORBIDDEN, VALIDATION, UNAVAILABLE.";

    public void AddTo(ObjectGraphType mutation)
    {
        Field<RegisterHolidayInputType>(mutation, "registerHoliday",
            "Registers holiday on every weekday from `from` to `to`, ahead of time. For guardians where the institution lets them (`registerHoliday`), and staff." + Errors,
            CheckInChange.Holiday, d => d.Status is DayStatus.NotArrived or DayStatus.Absent or DayStatus.Sick ? d with { Status = DayStatus.Holiday } : d);
        Field<CancelHolidayInputType>(mutation, "cancelHoliday",
            "Calls off the holiday on the days from `from` to `to` that have one: they are NOT_ARRIVED again." + Errors,
            CheckInChange.HolidayCancelled, d => d.Status == DayStatus.Holiday ? d with { Status = DayStatus.NotArrived } : d);
    }

    private void Field<TInputType>(ObjectGraphType mutation, string name, string description, CheckInChange kind, Func<ChildDay, ChildDay> change)
        where TInputType : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<ChildDaysPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async c =>
            {
                var (viewer, input) = (await c.ViewerAsync(), c.GetArgument<HolidayInput>("input"));
                if (CheckInRules.Range(input.From, input.To) is { } invalid)
                {
                    return new ChildDaysPayload { Errors = [invalid] };
                }
                var (targets, error) = await changer.Targets.RangeAsync(
                    viewer, GlobalId.Decode(input.ChildId, "Child"), input.From, input.To, GuardianFeature.RegisterHoliday, "from", c.CancellationToken);
                if (targets is null)
                {
                    return new ChildDaysPayload { Errors = [error!] };
                }
                // Guardians plan ahead; staff may also correct days that are over.
                if (targets.FirstOrDefault(t => !t.Staff) is { } first && CheckInRules.NotPast(first, "from") is { } past)
                {
                    return new ChildDaysPayload { Errors = [past] };
                }
                var dates = targets.Where(t => t.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Select(t => t.Date).ToList();
                var written = await changer.WriteAsync(viewer, targets[0].ChildId, dates, kind, change, null, c.CancellationToken);
                return written.Error is { } e ? new ChildDaysPayload { Errors = [e] } : new ChildDaysPayload { Days = written.Days };
            });
}
