using Aula.Graph.Http.Cost;
using GraphQL;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Aula.Graph.Http.WebSockets;

/// Runs each subscription event in a DI scope of its own, as GraphQL.NET's scoped strategy does, and puts
/// `extensions.cost` on each event: `requested` 0 (the subscription was charged when it started), `actual` the
/// fields the event resolved, `remaining` the budget left now.
internal sealed class CostedSubscriptionStrategy(IServiceScopeFactory scopes) : SubscriptionExecutionStrategy(new SerialExecutionStrategy())
{
    /// The first execution's scope ends when it returns; events must not hold on to it.
    protected override ExecutionContext CloneExecutionContext(ExecutionContext context, CancellationToken token)
    {
        var clone = base.CloneExecutionContext(context, token);
        clone.RequestServices = null;
        return clone;
    }

    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        await using var scope = scopes.CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        var result = await base.ProcessDataAsync(context, node, value);
        await CostCharger.ReportEventAsync(scope.ServiceProvider, result);
        return result;
    }

    protected override async Task<ExecutionError> ProcessErrorAsync(ExecutionContext context, ExecutionNode node, Exception exception)
    {
        await using var scope = scopes.CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        return await base.ProcessErrorAsync(context, node, exception);
    }
}
