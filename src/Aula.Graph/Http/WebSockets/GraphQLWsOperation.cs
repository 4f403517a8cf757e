using System.Security.Claims;
using Aula.Graph.Basics;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;

namespace Aula.Graph.Http.WebSockets;

/// One `subscribe` on a socket: a query or mutation answers `next` then `complete`; a subscription answers
/// `next` per event until either side completes it. Requests that never ran answer `error`.
internal sealed class GraphQLWsOperation(string id, GraphQLWsConnection connection, GraphQLWsExecutor executor)
    : IObserver<ExecutionResult>, IDisposable
{
    private readonly Lock gate = new();
    private readonly CancellationTokenSource cancel = new();
    private IDisposable? stream;
    private bool disposed;

    public string Id => id;

    public async Task RunAsync(GraphQLRequest request, ClaimsPrincipal user)
    {
        try
        {
            var result = await executor.ExecuteAsync(request, user, cancel.Token);
            if (result.Streams is { Count: > 0 } streams)
            {
                Attach(streams.Values.First());
                return;
            }
            if (!result.Executed || result.Operation?.Operation == OperationType.Subscription)
            {
                // Never ran (syntax, validation, limits) or the subscription was refused (e.g. NOT_FOUND).
                FinishWith(GraphQLWs.Frame(GraphQLWs.Error, id, executor.SerializeErrors(result)));
                return;
            }
            if (connection.IsActive(this))
            {
                connection.Send(GraphQLWs.Frame(GraphQLWs.Next, id, executor.Serialize(result)));
            }
            FinishWith(GraphQLWs.Frame(GraphQLWs.Complete, id));
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The client completed it, or the socket closed.
        }
        catch (Exception e)
        {
            connection.LogFailure(id, e);
            FinishWith(GraphQLWs.Frame(GraphQLWs.Error, id, Failed()));
        }
    }

    public void OnNext(ExecutionResult value)
    {
        if (connection.IsActive(this))
        {
            connection.Send(GraphQLWs.Frame(GraphQLWs.Next, id, executor.Serialize(value)));
        }
    }

    public void OnError(Exception error)
    {
        connection.LogFailure(id, error);
        FinishWith(GraphQLWs.Frame(GraphQLWs.Error, id, Failed()));
    }

    public void OnCompleted() => FinishWith(GraphQLWs.Frame(GraphQLWs.Complete, id));

    public void Dispose()
    {
        IDisposable? attached;
        lock (gate)
        {
            if (disposed)
            {
                return;
            }
            disposed = true;
            attached = stream;
        }
        cancel.Cancel();
        attached?.Dispose();
    }

    private void Attach(IObservable<ExecutionResult> source)
    {
        var subscription = source.Subscribe(this);
        lock (gate)
        {
            if (!disposed)
            {
                stream = subscription;
                return;
            }
        }
        // Completed by the client while it was starting.
        subscription.Dispose();
    }

    /// Sends the operation's last message, unless the client completed it first (then nothing is sent).
    private void FinishWith(string frame)
    {
        if (connection.Forget(this))
        {
            connection.Send(frame);
            Dispose();
        }
    }

    private string Failed() =>
        executor.SerializeErrors(new ExecutionResult { Errors = [new AulaError(ErrorCodes.Internal, "The operation failed.")] });
}
