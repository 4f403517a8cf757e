using Aula.Graph.Access;
using Aula.Graph.Schema;
using GraphQL.Types;

namespace Aula.Graph.People;

internal sealed class PeopleQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<MeType>>("me")
            .Description("The signed-in viewer, with their profiles.")
            .ResolveAsync(async c => await c.ViewerAsync());
}
