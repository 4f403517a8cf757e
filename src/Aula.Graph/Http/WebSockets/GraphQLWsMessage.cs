using System.Text.Json;

namespace Aula.Graph.Http.WebSockets;

/// The graphql-transport-ws message types and close codes (enisdenjo/graphql-ws PROTOCOL.md).
internal static class GraphQLWs
{
    public const string SubProtocol = "graphql-transport-ws";

    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";

    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int InitTimeout = 4408;
    public const int SubscriberExists = 4409;
    public const int TooManyInits = 4429;

    /// A frame with a JSON payload that is already serialized (an execution result, an error list).
    public static string Frame(string type, string? id = null, string? payloadJson = null)
    {
        var idPart = id is null ? "" : ",\"id\":" + JsonSerializer.Serialize(id, GraphQLWsJson.Default.String);
        var payloadPart = payloadJson is null ? "" : ",\"payload\":" + payloadJson;
        return "{\"type\":\"" + type + "\"" + idPart + payloadPart + "}";
    }
}

/// One message from the client, checked for the shape every type needs; null when it is not one.
internal sealed record GraphQLWsMessage(string Type, string? Id, JsonElement? Payload)
{
    public static GraphQLWsMessage? Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                return null;
            }
            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                if (idElement.ValueKind != JsonValueKind.String || idElement.GetString() is not { Length: > 0 } value)
                {
                    return null;
                }
                id = value;
            }
            JsonElement? payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p.Clone() : null;
            return new GraphQLWsMessage(type.GetString()!, id, payload);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            // Invalid UTF-8 or a lone surrogate surfaces as InvalidOperationException, not JsonException.
            return null;
        }
    }

    /// The token of a connection_init payload: `{ "Authorization": "Bearer …" }` or `{ "token": "…" }`.
    public string? Token()
    {
        if (Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            return null;
        }
        foreach (var property in payload.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                continue;
            }
            var value = property.Value.GetString()!;
            if (property.Name.Equals("token", StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
            if (property.Name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
                && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return value["Bearer ".Length..].Trim();
            }
        }
        return null;
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class GraphQLWsJson : System.Text.Json.Serialization.JsonSerializerContext;
