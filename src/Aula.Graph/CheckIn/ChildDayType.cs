using Aula.Graph.AccessLogs;
using Aula.Graph.Children;
using Aula.Graph.Data;
using Aula.Graph.Institutions;
using Aula.Graph.Schema.Loading;
using GraphQL.Types;

namespace Aula.Graph.CheckIn;

public sealed class ChildDayType : ObjectGraphType<ChildDay>
{
    public ChildDayType()
    {
        Name = "ChildDay";
        Description = "A child's day at a daycare, SFO or club, as it stands. Seen by the child's guardians and the institution's staff.";
        Field<NonNullGraphType<ChildType>>("child").Resolve(c => c.Loader<ChildByIdLoader>().Load(c.Source.ChildId));
        Field<NonNullGraphType<InstitutionType>>("institution").Resolve(c => c.Loader<InstitutionRefLoader>().Load(c.Source.InstitutionId));
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Description("The day, in the institution's time zone.").Resolve(c => c.Source.Date);
        Field<TimeOnlyGraphType>("plannedArrival").Description("From the weekly template.").Resolve(c => c.Source.PlannedArrival);
        ChildDayStateType.AddStateFields(this);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChildDayChangeType>>>>("history")
            .Description("Every change of the day, oldest first: what was done, when, by whom, and the day before and after.")
            .Resolve(c => c.Loader<ChildDayHistoryLoader>().Load((c.Source.ChildId, c.Source.Date)));
    }
}

/// The day as one change left it.
public sealed class ChildDayStateType : ObjectGraphType<ChildDay>
{
    public ChildDayStateType()
    {
        Name = "ChildDayState";
        Description = "A child's day as it stood before or after one change.";
        AddStateFields(this);
    }

    /// The fields a day and each state of its history share.
    public static void AddStateFields(ObjectGraphType<ChildDay> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<NonNullGraphType<DayStatusType>>("status").Resolve(c => c.Source.Status);
        type.Field<DateTimeGraphType>("checkedInAt").Resolve(c => c.Source.CheckedInAt?.UtcDateTime);
        type.Field<DateTimeGraphType>("checkedOutAt").Resolve(c => c.Source.CheckedOutAt?.UtcDateTime);
        type.Field<TimeOnlyGraphType>("plannedPickup").Description("Set for the day, else the weekly template's.").Resolve(c => c.Source.PlannedPickup);
        type.Field<PickupType>("pickup").Description("Who picks the child up; null when nobody said.").Resolve(c => c.Source.Pickup is null ? null : c.Source);
        type.Field<StringGraphType>("note").Description("The guardians' note for the day.").Resolve(c => c.Source.Note);
    }
}

public sealed class ChildDayChangeType : ObjectGraphType<DayChange>
{
    public ChildDayChangeType()
    {
        Name = "ChildDayChange";
        Description = "One change of a child's day.";
        Field<NonNullGraphType<CheckInChangeKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Resolve(c => c.Source.At.UtcDateTime);
        Field<AccessLogActorType>("by").Description("Who made it, by name and roles; null once that person's data is deleted.")
            .Resolve(c => c.Source.ActorId is { } id ? c.Loader<AccessLogActorLoader>().Load(id) : null);
        Field<NonNullGraphType<ChildDayStateType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<ChildDayStateType>>("to").Resolve(c => c.Source.To);
    }
}

public sealed class DayStatusType : EnumerationGraphType<DayStatus>
{
    public DayStatusType()
    {
        Name = "DayStatus";
        Description = "Where a child is in the day.";
    }
}

/// Named apart from the entity: `CheckInChange` in the schema is a person coming online.
public sealed class CheckInChangeKindType : EnumerationGraphType<CheckInChange>
{
    public CheckInChangeKindType()
    {
        Name = "PresenceChangeKind";
        Description = "What a change did to a child's day.";
    }
}
