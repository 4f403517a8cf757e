using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Plans;

internal sealed class PlanMutations(IDbContextFactory<AulaDbContext> factory, WriteRetry writes, AulaClock clock) : IMutationFields
{
    private readonly PlanSaver saver = new(factory, writes, clock);

    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SaveWeeklyPlanPayloadType>>("saveWeeklyPlan")
            .Description("Creates or replaces a group's plan for a week; for the group's staff. Errors: NOT_FOUND (no group "
                + "you may see), FORBIDDEN (not staff of the group), VALIDATION, UNAVAILABLE (the database is busy; try again).")
            .Argument<NonNullGraphType<SaveWeeklyPlanInputType>>("input")
            .ResolveAsync(async c =>
                await saver.SaveAsync(await c.ViewerAsync(), c.GetArgument<SaveWeeklyPlanInput>("input"), c.CancellationToken));
}
