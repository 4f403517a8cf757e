namespace Aula.Graph.Http.WebSockets;

/// The protocol's rules for each message type, in the order PROTOCOL.md gives them.
internal sealed partial class GraphQLWsConnection
{
    private async Task HandleAsync(string text)
    {
        switch (GraphQLWsMessage.Parse(text))
        {
            case null:
                Close(GraphQLWs.BadRequest, "Invalid message received");
                break;
            case { Type: GraphQLWs.ConnectionInit } init:
                await InitializeAsync(init);
                break;
            case { Type: GraphQLWs.Ping }:
                Send(GraphQLWs.Frame(GraphQLWs.Pong));
                break;
            case { Type: GraphQLWs.Pong }:
                break;
            case { Type: GraphQLWs.Subscribe } subscribe:
                Subscribe(subscribe);
                break;
            case { Type: GraphQLWs.Complete, Id: { } id }:
                if (operations.TryRemove(id, out var operation))
                {
                    operation.Dispose();
                }
                break;
            default:
                Close(GraphQLWs.BadRequest, "Invalid message received");
                break;
        }
    }

    private async Task InitializeAsync(GraphQLWsMessage init)
    {
        if (initReceived)
        {
            Close(GraphQLWs.TooManyInits, "Too many initialisation requests");
            return;
        }
        Volatile.Write(ref initReceived, true);
        // A socket is for a signed-in person: no token, or a bad one, is refused alike.
        if (await services.Authenticator.AuthenticateAsync(init.Token(), abort.Token) is not { } identity)
        {
            WebSocketLog.InvalidToken(services.Logger, connectionId);
            Close(GraphQLWs.Forbidden, "Forbidden");
            return;
        }
        user = identity.User;
        Send(GraphQLWs.Frame(GraphQLWs.ConnectionAck));
        // A socket lives no longer than its token; graphql-ws clients retry after 4403 with a fresh one.
        _ = CloseLaterAsync(identity.Expires - services.Time.GetUtcNow(), GraphQLWs.Forbidden, "Token expired");
    }

    private void Subscribe(GraphQLWsMessage subscribe)
    {
        if (user is null)
        {
            Close(GraphQLWs.Unauthorized, "Unauthorized");
            return;
        }
        if (subscribe.Id is not { } id || services.Executor.ReadRequest(subscribe.Payload) is not { } request)
        {
            Close(GraphQLWs.BadRequest, "Invalid message received");
            return;
        }
        if (operations.Count >= services.Options.MaxOperations)
        {
            Close(GraphQLWs.BadRequest, "Too many operations");
            return;
        }
        var operation = new GraphQLWsOperation(id, this, services.Executor);
        if (!operations.TryAdd(id, operation))
        {
            Close(GraphQLWs.SubscriberExists, $"Subscriber for {id} already exists");
            return;
        }
        _ = operation.RunAsync(request, user);
    }
}
