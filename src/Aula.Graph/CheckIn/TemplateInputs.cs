using Aula.Graph.Plans;
using GraphQL.Types;

namespace Aula.Graph.CheckIn;

public sealed class SaveCheckInTemplateInput
{
    public string ChildId { get; init; } = "";
    public List<TemplateDayInput> Days { get; init; } = [];
}

public sealed class TemplateDayInput
{
    public DayOfWeek Weekday { get; init; }
    public TimeOnly? PlannedArrival { get; init; }
    public TimeOnly? PlannedPickup { get; init; }
}

public sealed class SaveCheckInTemplateInputType : InputObjectGraphType<SaveCheckInTemplateInput>
{
    public SaveCheckInTemplateInputType()
    {
        Name = "SavePresenceTemplateInput";
        Description = "The child's whole usual week: weekdays left out have no planned times.";
        Field<NonNullGraphType<IdGraphType>>("childId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CheckInTemplateDayInputType>>>>("days").Description("Each weekday at most once.");
    }
}

public sealed class CheckInTemplateDayInputType : InputObjectGraphType<TemplateDayInput>
{
    public CheckInTemplateDayInputType()
    {
        Name = "PresenceTemplateDayInput";
        Field<NonNullGraphType<WeekdayType>>("weekday");
        Field<TimeOnlyGraphType>("plannedArrival");
        Field<TimeOnlyGraphType>("plannedPickup").Description("After the planned arrival.");
    }
}

public sealed class SetCheckInCapabilitiesInput
{
    public string InstitutionId { get; init; } = "";
    public bool ReportSick { get; init; }
    public bool RegisterHoliday { get; init; }
    public bool SetPickup { get; init; }
    public bool WriteNote { get; init; }
    public bool EditTemplate { get; init; }
}

public sealed class SetCheckInCapabilitiesInputType : InputObjectGraphType<SetCheckInCapabilitiesInput>
{
    public SetCheckInCapabilitiesInputType()
    {
        Name = "SetPresenceCapabilitiesInput";
        Description = "What the institution lets guardians do, all five at once; staff can always do all of it.";
        Field<NonNullGraphType<IdGraphType>>("institutionId");
        Field<NonNullGraphType<BooleanGraphType>>("reportSick");
        Field<NonNullGraphType<BooleanGraphType>>("registerHoliday");
        Field<NonNullGraphType<BooleanGraphType>>("setPickup");
        Field<NonNullGraphType<BooleanGraphType>>("writeNote");
        Field<NonNullGraphType<BooleanGraphType>>("editTemplate");
    }
}
