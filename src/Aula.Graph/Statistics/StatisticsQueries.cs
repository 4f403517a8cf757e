using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Statistics;

internal sealed class StatisticsQueries(IDbContextFactory<AulaDbContext> factory, AulaClock clock) : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<UsageStatisticsType>("usageStatistics")
            .Description("Anonymous usage counts per institution and week or month, for municipal administrators: "
                + "the periods that cover `from` (inclusive) to `to` (exclusive), whole weeks or months in Danish "
                + $"local time, at most {UsagePeriods.MaxPeriods}. Anyone else is refused with FORBIDDEN.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .Argument<StatisticsPeriodType>("period", a => a.DefaultValue = StatisticsPeriod.Month)
            .ResolveAsync(async c =>
            {
                var viewer = await c.ViewerAsync();
                if (!viewer.MayReadStatistics())
                {
                    throw new AulaError(ErrorCodes.Forbidden, "Usage statistics are for the municipality's administrators.");
                }
                var (from, to) = (c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to"));
                var period = c.GetArgument<StatisticsPeriod>("period");
                if (to <= from || from.Year < IsoWeek.MinYear || to.Year > IsoWeek.MaxYear)
                {
                    throw new AulaError(ErrorCodes.Validation, $"`to` must come after `from`, both between the years {IsoWeek.MinYear} and {IsoWeek.MaxYear}.");
                }
                if (UsagePeriods.Boundaries(from, to, period) is not { } bounds)
                {
                    throw new AulaError(ErrorCodes.Validation, $"At most {UsagePeriods.MaxPeriods} periods at a time.");
                }
                await using var db = factory.CreateDbContext();
                var institutions = await db.StatisticsInstitutions(viewer).Include(i => i.Municipality)
                    .OrderBy(i => i.Name).ThenBy(i => i.Id).ToListAsync(c.CancellationToken);
                var counts = await UsageCounter.CountAsync(db, [.. institutions.Select(i => i.Id)], bounds, clock.Now, c.CancellationToken);
                return UsageReport.Build(institutions, bounds, period, counts);
            });
}
