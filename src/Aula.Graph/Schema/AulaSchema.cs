using Aula.Graph.Schema.Nodes;
using Aula.Graph.Schema.Scalars;
using GraphQL;

namespace Aula.Graph.Schema;

public sealed class AulaSchema : GraphQL.Types.Schema
{
    public AulaSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Description = "Aula: children, groups, weekly plans, consents and message threads, as the viewer may see them.";
        Query = query;
        Mutation = mutation.Fields.Count > 0 ? mutation : null;
        Subscription = subscription.Fields.Count > 0 ? subscription : null;
        RegisterTypeMapping(typeof(Basics.IsoWeek), typeof(IsoWeekGraphType));
        RegisterType(typeof(NodeInterface));
    }

    /// The SDL as published in schema/aula.graphql.
    public static string Print(GraphQL.Types.ISchema schema) =>
        schema.Print(new GraphQL.Utilities.PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n") + "\n";
}
