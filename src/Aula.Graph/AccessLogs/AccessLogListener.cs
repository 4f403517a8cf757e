using GraphQL.Execution;

namespace Aula.Graph.AccessLogs;

/// Writes the execution's <see cref="AccessLog"/> after it ran and before its result is sent.
internal sealed class AccessLogListener : DocumentExecutionListenerBase
{
    public override Task AfterExecutionAsync(IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices?.GetService<AccessLog>() is { } log
            ? log.FlushAsync(context.CancellationToken)
            : Task.CompletedTask;
    }
}
