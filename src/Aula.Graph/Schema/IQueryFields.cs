using GraphQL.Types;

namespace Aula.Graph.Schema;

/// A feature's root query fields. Each feature adds its own; the schema collects them all.
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}

/// A feature's root mutation fields.
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}

/// A feature's root subscription fields.
public interface ISubscriptionFields
{
    void AddTo(ObjectGraphType subscription);
}
