using Aula.Graph.Access;
using GraphQL.Execution;

namespace Aula.Graph.Http.WebSockets;

/// Gives every execution's <see cref="ViewerContext"/> the execution's own user (<c>ExecutionOptions.User</c>).
/// A subscription event runs in a scope that GraphQL.NET's scoped strategy creates from the root provider, on
/// the publisher's path: without this the viewer would fall back to the ambient HTTP request, which is the
/// *sender's*. Listeners run before each execution, the initial one and every event's.
internal sealed class ViewerSeedListener : DocumentExecutionListenerBase
{
    public override Task BeforeExecutionAsync(IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User is { } user && context.RequestServices?.GetService<ViewerContext>() is { } viewer)
        {
            viewer.Principal = user;
        }
        return Task.CompletedTask;
    }
}
