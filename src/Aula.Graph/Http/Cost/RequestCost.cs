using GraphQL;
using Microsoft.Extensions.Options;

namespace Aula.Graph.Http.Cost;

/// One execution's cost, reported as `extensions.cost`: `requested` is GraphQL.NET's complexity of the operation
/// (what was charged); `actual` counts the fields that were resolved, each list item's fields once per item,
/// introspection at its own weight; `remaining` is the smaller budget left after the charge (null when nothing
/// was charged: an anonymous caller, or budgets not enforced). Scoped: one per request or WebSocket operation.
public sealed class RequestCost(IOptions<GraphQLLimitsOptions> limits)
{
    private long fields;
    private long introspection;

    public double Requested { get; set; }

    public long? Remaining { get; set; }

    public void CountField(bool isIntrospection) => Interlocked.Increment(ref isIntrospection ? ref introspection : ref fields);

    public double Actual => Math.Round(Interlocked.Read(ref fields) + (Interlocked.Read(ref introspection) * limits.Value.IntrospectionImpact), 2);

    /// Puts `extensions.cost` on the result.
    public void AddTo(ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        result.Extensions ??= [];
        result.Extensions["cost"] = new Dictionary<string, object?>
        {
            ["requested"] = Math.Round(Requested, 2),
            ["actual"] = result.Executed ? Actual : 0,
            ["remaining"] = Remaining,
        };
    }
}
