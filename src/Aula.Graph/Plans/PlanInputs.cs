using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema.Errors;
using Aula.Graph.Schema.Scalars;
using GraphQL.Types;

namespace Aula.Graph.Plans;

public sealed class SaveWeeklyPlanInput
{
    public string GroupId { get; init; } = "";
    public IsoWeek Week { get; init; }
    public DateTime? PublishAt { get; init; }
    public List<WeeklyPlanEntryInput> Entries { get; init; } = [];
}

public sealed class WeeklyPlanEntryInput
{
    public DayOfWeek Day { get; init; }
    public string? Subject { get; init; }
    public string Text { get; init; } = "";
}

public sealed class SaveWeeklyPlanInputType : InputObjectGraphType<SaveWeeklyPlanInput>
{
    public SaveWeeklyPlanInputType()
    {
        Name = "SaveWeeklyPlanInput";
        Description = "A group's whole plan for one week: saving replaces the entries of an earlier save.";
        Field<NonNullGraphType<IdGraphType>>("groupId");
        Field<NonNullGraphType<IsoWeekGraphType>>("week");
        Field<DateTimeGraphType>("publishAt")
            .Description("When parents and pupils get to see the plan (UTC unless the value carries an offset); before the "
                + "week is over. When omitted, a saved plan keeps its publish time and a new plan gets Thursday 12:00 "
                + "(Danish time) of the week before.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WeeklyPlanEntryInputType>>>>("entries")
            .Description($"At most {PlanRules.MaxEntries}; each day's entries in the order given.");
    }
}

public sealed class WeeklyPlanEntryInputType : InputObjectGraphType<WeeklyPlanEntryInput>
{
    public WeeklyPlanEntryInputType()
    {
        Name = "WeeklyPlanEntryInput";
        Field<NonNullGraphType<WeekdayType>>("day");
        Field<StringGraphType>("subject").Description($"At most {PlanRules.MaxSubject} characters; null for a note about the day.");
        Field<NonNullGraphType<StringGraphType>>("text").Description($"At most {PlanRules.MaxText} characters.");
    }
}

public sealed class SaveWeeklyPlanPayload : Payload
{
    public WeeklyPlan? WeeklyPlan { get; init; }
}

public sealed class SaveWeeklyPlanPayloadType() : PayloadType<SaveWeeklyPlanPayload>(
    "SaveWeeklyPlanPayload", "The saved plan, or why it was not saved.",
    t => t.Field<WeeklyPlanType>("weeklyPlan").Description("The saved plan; null when it was not saved.").Resolve(c => c.Source.WeeklyPlan));
