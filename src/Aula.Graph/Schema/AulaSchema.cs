using Aula.Graph.Schema.Nodes;
using Aula.Graph.Schema.Scalars;

namespace Aula.Graph.Schema;

public sealed class AulaSchema : GraphQL.Types.Schema
{
    public AulaSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Description = "Aula: children, groups, weekly plans, consents and message threads, as the viewer may see them.";
        Query = query;
        Mutation = mutation;
        RegisterTypeMapping(typeof(Access.IsoWeek), typeof(IsoWeekGraphType));
        RegisterType(typeof(NodeInterface));
    }
}
