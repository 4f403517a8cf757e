using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Aula.Graph.Retention;

internal sealed class LegalHoldMutations(
    IDbContextFactory<AulaDbContext> factory, WriteRetry writes, AulaClock clock, IOptions<RetentionOptions> options) : IMutationFields
{
    private readonly LegalHolds holds = new(factory, writes, clock, new RetentionReader(factory, options, clock));

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SetLegalHoldPayloadType>>("setLegalHold")
            .Description("Keeps a child's data past its deletion day until the hold is released; for administrators of a "
                + "municipality where the child is or was enrolled. Setting it again replaces the reason. Errors: NOT_FOUND "
                + "(no such child in your municipalities), VALIDATION (reason), UNAVAILABLE (the database is busy; try again).")
            .Argument<NonNullGraphType<SetLegalHoldInputType>>("input")
            .ResolveAsync(async c => await holds.SetAsync(await c.ViewerAsync(), c.GetArgument<SetLegalHoldInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<ReleaseLegalHoldPayloadType>>("releaseLegalHold")
            .Description("Ends a child's legal hold: a child past its deletion day is deleted by the job's next run. Errors: "
                + "NOT_FOUND (no such child in your municipalities, or no hold for it).")
            .Argument<NonNullGraphType<ReleaseLegalHoldInputType>>("input")
            .ResolveAsync(async c =>
                await holds.ReleaseAsync(await c.ViewerAsync(), c.GetArgument<ReleaseLegalHoldInput>("input"), c.CancellationToken));
    }
}
