using GraphQL.Types;

namespace Aula.Graph.CheckIn;

public sealed class HolidayInput
{
    public string ChildId { get; init; } = "";
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
}

public sealed class RegisterHolidayInputType : HolidayInputType
{
    public RegisterHolidayInputType() : base("RegisterHolidayInput", "Days off, registered ahead of time: from today on.") { }
}

public sealed class CancelHolidayInputType : HolidayInputType
{
    public CancelHolidayInputType() : base("CancelHolidayInput", "Days whose holiday is called off; guardians from today on.") { }
}

public abstract class HolidayInputType : InputObjectGraphType<HolidayInput>
{
    protected HolidayInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("childId");
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Description("The first day.");
        Field<NonNullGraphType<DateOnlyGraphType>>("to").Description($"The last day, included; at most {CheckInRules.MaxRangeDays} days in all.");
    }
}
