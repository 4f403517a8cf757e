using Aula.Graph.Children;
using Aula.Graph.Data;
using Aula.Graph.Institutions;
using Aula.Graph.Schema.Loading;
using GraphQL.Types;

namespace Aula.Graph.Presence;

public sealed class ChildDayType : ObjectGraphType<ChildDay>
{
    public ChildDayType()
    {
        Name = "ChildDay";
        Description = "A child's day at a daycare, SFO or club, as it stands. Seen by the child's guardians and the institution's staff.";
        Field<NonNullGraphType<ChildType>>("child").Resolve(c => c.Loader<ChildByIdLoader>().Load(c.Source.ChildId));
        Field<NonNullGraphType<InstitutionType>>("institution").Resolve(c => c.Loader<InstitutionRefLoader>().Load(c.Source.InstitutionId));
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Description("The day, in the institution's time zone.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<DayStatusType>>("status").Resolve(c => c.Source.Status);
        Field<DateTimeGraphType>("checkedInAt").Resolve(c => c.Source.CheckedInAt?.UtcDateTime);
        Field<DateTimeGraphType>("checkedOutAt").Resolve(c => c.Source.CheckedOutAt?.UtcDateTime);
        Field<TimeOnlyGraphType>("plannedArrival").Description("From the weekly template.").Resolve(c => c.Source.PlannedArrival);
        Field<TimeOnlyGraphType>("plannedPickup").Description("Set for the day, else the weekly template's.").Resolve(c => c.Source.PlannedPickup);
        Field<StringGraphType>("note").Description("The guardians' note for the day.").Resolve(c => c.Source.Note);
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
