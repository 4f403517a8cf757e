using Aula.Graph.Data;
using GraphQL.Types;

namespace Aula.Graph.CheckIn;

/// A change to today's day of one child (check in, check out, report sick).
public sealed class ChildTodayInput
{
    public string ChildId { get; init; } = "";
}

public sealed class CheckInInputType : ChildTodayInputType
{
    public CheckInInputType() : base("CheckInInput", "The child who arrived.") { }
}

public sealed class CheckOutInputType : ChildTodayInputType
{
    public CheckOutInputType() : base("CheckOutInput", "The child who left.") { }
}

public sealed class ReportSickInputType : ChildTodayInputType
{
    public ReportSickInputType() : base("ReportSickInput", "The child who is sick today.") { }
}

public abstract class ChildTodayInputType : InputObjectGraphType<ChildTodayInput>
{
    protected ChildTodayInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("childId");
    }
}

public sealed class SetDayStatusInput
{
    public string ChildId { get; init; } = "";
    public DateOnly? Date { get; init; }
    public DayStatus Status { get; init; }
}

public sealed class SetDayStatusInputType : InputObjectGraphType<SetDayStatusInput>
{
    public SetDayStatusInputType()
    {
        Name = "SetDayStatusInput";
        Description = "A status for one day, set by staff; check-in and check-out times stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("childId");
        Field<DateOnlyGraphType>("date").Description("Default: today where the child is checked in.");
        Field<NonNullGraphType<DayStatusType>>("status");
    }
}

public sealed class SetDayNoteInput
{
    public string ChildId { get; init; } = "";
    public DateOnly? Date { get; init; }
    public string? Note { get; init; }
}

public sealed class SetDayNoteInputType : InputObjectGraphType<SetDayNoteInput>
{
    public SetDayNoteInputType()
    {
        Name = "SetDayNoteInput";
        Description = "The guardians' note for one day, today or later.";
        Field<NonNullGraphType<IdGraphType>>("childId");
        Field<DateOnlyGraphType>("date").Description("Default: today where the child is checked in.");
        Field<StringGraphType>("note").Description($"At most {CheckInRules.MaxNote} characters; null or blank clears the note.");
    }
}
