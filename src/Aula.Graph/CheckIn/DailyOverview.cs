using Aula.Graph.Data;
using Aula.Graph.Groups;
using Aula.Graph.Institutions;
using Aula.Graph.Schema.Loading;
using GraphQL.Types;

namespace Aula.Graph.CheckIn;

/// The days of one institution's (or group's) children on one date, for the wall screen.
public sealed record DailyOverview(DateOnly Date, int InstitutionId, int? GroupId, IReadOnlyList<ChildDay> Days);

public sealed class DailyOverviewType : ObjectGraphType<DailyOverview>
{
    public DailyOverviewType()
    {
        Name = "DailyOverview";
        Description = "The day of every child of an institution or group: counts per status, and the days by planned pickup.";
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<InstitutionType>>("institution").Resolve(c => c.Loader<InstitutionRefLoader>().Load(c.Source.InstitutionId));
        Field<GroupType>("group").Resolve(c => c.Source.GroupId is { } id ? c.Loader<GroupByIdLoader>().Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DayStatusCountType>>>>("counts")
            .Description("How many children have each status, every status listed, zeros included.")
            .Resolve(c => Enum.GetValues<DayStatus>().Select(s => new DayStatusCount(s, c.Source.Days.Count(d => d.Status == s))).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChildDayType>>>>("days")
            .Description("Each child's day, by planned pickup (none last), then by name.")
            .Resolve(c => c.Source.Days);
    }
}

public sealed record DayStatusCount(DayStatus Status, int Count);

public sealed class DayStatusCountType : ObjectGraphType<DayStatusCount>
{
    public DayStatusCountType()
    {
        Name = "DayStatusCount";
        Field<NonNullGraphType<DayStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}
