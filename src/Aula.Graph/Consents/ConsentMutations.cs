using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Consents;

internal sealed class ConsentMutations(IDbContextFactory<AulaDbContext> factory, WriteRetry writes, AulaClock clock) : IMutationFields
{
    private readonly ConsentAnswerer answerer = new(factory, writes, clock);

    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<AnswerConsentPayloadType>>("answerConsent")
            .Description("Answers or changes a consent for a child in your custody; it takes effect at once and the change is kept "
                + "in the history. Giving the answer that already stands changes nothing. Errors: NOT_FOUND (no such child "
                + "you may see, or no such consent for the child), FORBIDDEN (not a guardian of the child), VALIDATION (scope), UNAVAILABLE (the database is busy; try again).")
            .Argument<NonNullGraphType<AnswerConsentInputType>>("input")
            .ResolveAsync(async c =>
                await answerer.AnswerAsync(await c.ViewerAsync(), c.GetArgument<AnswerConsentInput>("input"), c.CancellationToken));
}
