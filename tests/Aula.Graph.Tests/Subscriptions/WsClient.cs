using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Aula.Graph.Tests.Subscriptions;

/// A graphql-transport-ws client over a real socket to the app on Kestrel; every await has a timeout.
internal sealed class WsClient(ClientWebSocket socket) : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    /// Starts the app on a loopback port (once) and opens a socket to its /graphql.
    public static async Task<WsClient> ConnectAsync(WebApplicationFactory<Program> app, string subProtocol = "graphql-transport-ws")
    {
        using var http = app.CreateClient();
        var uri = new UriBuilder(http.BaseAddress!) { Scheme = "ws", Path = "/graphql" }.Uri;
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(subProtocol);
        await socket.ConnectAsync(uri, CancellationToken.None).WaitAsync(Timeout);
        return new WsClient(socket);
    }

    public static async Task<WsClient> InitializedAsync(WebApplicationFactory<Program> app, AulaFactory tokens, string login, bool mfa = false)
    {
        var client = await ConnectAsync(app);
        await client.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + tokens.TokenFor(login, mfa) } });
        Assert.Equal("connection_ack", (await client.ReceiveAsync())!["type"]!.GetValue<string>());
        return client;
    }

    public Task SendAsync(object message) => SendRawAsync(JsonSerializer.Serialize(message));

    public Task SendRawAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None).WaitAsync(Timeout);

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// The next message, or null when the server closed the socket.
    public async Task<JsonObject?> ReceiveAsync(TimeSpan? timeout = null)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(timeout ?? Timeout);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(message.ToArray())!.AsObject();
            }
        }
    }

    /// Reads until the server closes, and returns its close code.
    public async Task<int?> ClosedWithAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }
        return (int?)socket.CloseStatus;
    }

    public void Dispose() => socket.Dispose();
}
