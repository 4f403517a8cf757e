using GraphQL.Types;

namespace Aula.Graph.Statistics;

public sealed class UsagePeriodType : ObjectGraphType<UsagePeriod>
{
    public UsagePeriodType()
    {
        Name = "UsagePeriod";
        Description = "One institution's counts in one week or month, from local midnight at `start` up to local midnight at `end`.";
        Field<NonNullGraphType<DateOnlyGraphType>>("start").Description("The period's first day (Danish local time).")
            .Resolve(c => c.Source.Start);
        Field<NonNullGraphType<DateOnlyGraphType>>("end").Description("The day after the period's last day.")
            .Resolve(c => c.Source.End);
        Field<IntGraphType>("messages")
            .Description("Messages sent in the period by people of the institution: its employees, the children "
                + "enrolled there during the period and their guardians. A message counts once here, and at every "
                + "institution its sender belongs to." + Suppression.Described)
            .Resolve(c => c.Source.Messages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivePeopleCountType>>>>("activePeople")
            .Description("People of the institution who sent a message or saved a weekly plan in the period, one entry "
                + "per role, always all three. Logins are not recorded, so reading alone does not count. A person "
                + "with two roles at the institution counts in both.")
            .Resolve(c => c.Source.ActivePeople);
        Field<IntGraphType>("plansPublished")
            .Description("Weekly plans of the institution's groups whose publish time fell in the period (and has "
                + "passed); a group across institutions counts at each." + Suppression.Described)
            .Resolve(c => c.Source.PlansPublished);
    }
}

public sealed class ActivePeopleCountType : ObjectGraphType<ActivePeopleCount>
{
    public ActivePeopleCountType()
    {
        Name = "ActivePeopleCount";
        Description = "How many distinct people in one role were active in the period.";
        Field<NonNullGraphType<StatisticsRoleType>>("role").Description("The role counted.").Resolve(c => c.Source.Role);
        Field<IntGraphType>("count").Description("Distinct active people in the role." + Suppression.Described)
            .Resolve(c => c.Source.Count);
    }
}

public sealed class StatisticsPeriodType : EnumerationGraphType<StatisticsPeriod>
{
    public StatisticsPeriodType()
    {
        Name = "StatisticsPeriod";
        Description = "How statistics are cut in time, in Danish local time: ISO weeks (Monday to Sunday) or calendar months.";
    }
}

public sealed class StatisticsRoleType : EnumerationGraphType<StatisticsRole>
{
    public StatisticsRoleType()
    {
        Name = "StatisticsRole";
        Description = "The role a person is counted in at an institution.";
    }
}
