using Aula.Graph.Institutions;
using GraphQL.Types;

namespace Aula.Graph.Statistics;

public sealed class UsageStatisticsType : ObjectGraphType<UsageStatistics>
{
    public UsageStatisticsType()
    {
        Name = "UsageStatistics";
        Description = "Anonymous usage counts per institution and period, for a municipality's administrators. No "
            + "person is named or identified, every count below " + Suppression.Threshold + " is withheld (null), and "
            + "no totals are given, so that a withheld count cannot be worked out from the others.";
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Description("The first day of the first period (Danish local time).")
            .Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateOnlyGraphType>>("to").Description("The day after the last period: periods are half-open.")
            .Resolve(c => c.Source.To);
        Field<NonNullGraphType<StatisticsPeriodType>>("period").Description("How the periods are cut.").Resolve(c => c.Source.Period);
        Field<NonNullGraphType<IntGraphType>>("suppressionThreshold")
            .Description("Counts below this (zero included) are withheld and answer null.")
            .Resolve(_ => Suppression.Threshold);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstitutionUsageType>>>>("institutions")
            .Description("Every institution of the municipalities you administer, by name.")
            .Resolve(c => c.Source.Institutions);
    }
}

public sealed class InstitutionUsageType : ObjectGraphType<InstitutionUsage>
{
    public InstitutionUsageType()
    {
        Name = "InstitutionUsage";
        Description = "One institution's usage, period by period.";
        Field<NonNullGraphType<InstitutionType>>("institution").Description("The institution counted.").Resolve(c => c.Source.Institution);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UsagePeriodType>>>>("periods")
            .Description("Every period from `from` to `to`, in order, also those without any use.")
            .Resolve(c => c.Source.Periods);
    }
}
