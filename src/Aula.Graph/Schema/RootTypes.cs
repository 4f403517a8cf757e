using GraphQL.Types;

namespace Aula.Graph.Schema;

public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Name = "Query";
        foreach (var part in parts.OrderBy(p => p.GetType().Name, StringComparer.Ordinal))
        {
            part.AddTo(this);
        }
    }
}

public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Name = "Mutation";
        foreach (var part in parts.OrderBy(p => p.GetType().Name, StringComparer.Ordinal))
        {
            part.AddTo(this);
        }
    }
}

public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType(IEnumerable<ISubscriptionFields> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Name = "Subscription";
        foreach (var part in parts.OrderBy(p => p.GetType().Name, StringComparer.Ordinal))
        {
            part.AddTo(this);
        }
    }
}
