using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Aula.Graph.Retention;

/// For municipal administrators: the standing holds, to release them, and the children due soon, to find the ID
/// of a child who left (nobody else sees a child that is no longer enrolled, except its guardians).
internal sealed class LegalHoldQueries(IDbContextFactory<AulaDbContext> factory, IOptions<RetentionOptions> options, AulaClock clock)
    : IQueryFields
{
    public const int MaxDays = 92;
    private readonly RetentionReader reader = new(factory, options, clock);

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalHoldType>>>>("legalHolds")
            .Description("The legal holds on children of the municipalities you administer, oldest first; empty for everyone else.")
            .ResolveAsync(async c => await reader.HoldsAsync(await c.ViewerAsync(), null, c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChildDueForDeletionType>>>>("childrenDueForDeletion")
            .Description("Children of the municipalities you administer whose data is deleted within `withinDays` days (or is "
                + "due already) and who have no legal hold, soonest first, without names; empty for everyone else.")
            .Argument<NonNullGraphType<IntGraphType>>("withinDays", a =>
            {
                a.DefaultValue = 30;
                a.Description = $"0 to {MaxDays}.";
            })
            .ResolveAsync(async c =>
            {
                var viewer = await c.ViewerAsync();
                var days = c.GetArgument<int>("withinDays");
                if (days is < 0 or > MaxDays)
                {
                    throw new AulaError(ErrorCodes.Validation, $"withinDays takes 0 to {MaxDays}.");
                }
                return viewer.AdministratorOf.Count == 0 ? [] : await reader.DueAsync(viewer, days, c.CancellationToken);
            });
    }
}
