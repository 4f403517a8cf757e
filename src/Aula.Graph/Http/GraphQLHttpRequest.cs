using System.Buffers;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aula.Graph.Basics;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Aula.Graph.Http;

/// The four request parameters of the GraphQL-over-HTTP spec, already type-checked, or `documentId` (the spec's
/// persisted-documents appendix) in place of `query` until the widgets' trusted documents have put the document in.
/// Every transport (HTTP, graphql-transport-ws) runs one the same way.
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions, string? DocumentId = null)
{
    public ExecutionOptions ToOptions(GraphQLDocument document, IServiceProvider services, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        new()
        {
            Schema = services.GetRequiredService<ISchema>(),
            Query = Query,
            Document = document,
            OperationName = OperationName,
            Variables = Variables,
            Extensions = Extensions,
            RequestServices = services,
            User = user,
            CancellationToken = cancellationToken,
        };
}

/// A request refused before GraphQL saw it; the status holds whatever the Accept header asked for.
internal sealed record HttpFailure(int Status, string Code, string Message)
{
    public static HttpFailure BadRequest(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);
}

/// Reads a GET query string or a POST application/json body into a <see cref="GraphQLHttpRequest"/>.
internal static class GraphQLRequestReader
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 32 };

    public static async Task<(GraphQLHttpRequest? Request, HttpFailure? Failure)> ReadPostAsync(
        HttpRequest request, IGraphQLSerializer serializer, int maxBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypes.IsJsonRequest(request.ContentType))
        {
            return (null, new HttpFailure(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest,
                "Send the request as application/json (UTF-8)."));
        }
        var tooLarge = new HttpFailure(StatusCodes.Status413PayloadTooLarge, ErrorCodes.LimitExceeded,
            $"The request body is larger than {maxBytes} bytes.");
        if (request.ContentLength > maxBytes)
        {
            return (null, tooLarge);
        }
        var read = await request.BodyReader.ReadAtLeastAsync(maxBytes + 1, cancellationToken);
        try
        {
            return read.Buffer.Length > maxBytes
                ? (null, tooLarge)
                : Parse(() => JsonDocument.Parse(SkipBom(read.Buffer), JsonOptions), serializer);
        }
        finally
        {
            request.BodyReader.AdvanceTo(read.Buffer.End);
        }
    }

    public static (GraphQLHttpRequest? Request, HttpFailure? Failure) ReadGet(HttpRequest request, IGraphQLSerializer serializer, int maxBytes)
    {
        if (request.QueryString.Value?.Length > maxBytes)
        {
            return (null, new HttpFailure(StatusCodes.Status414UriTooLong, ErrorCodes.LimitExceeded,
                $"The query string is longer than {maxBytes} characters; use POST."));
        }
        if (request.Query.FirstOrDefault(p => p.Value.Count > 1) is { Key: { } repeated })
        {
            return (null, HttpFailure.BadRequest($"The parameter '{repeated}' is given more than once."));
        }
        if (request.Query["query"].ToString().Length == 0 && request.Query["documentId"].ToString().Length == 0)
        {
            return (null, HttpFailure.BadRequest("The query parameter is required."));
        }
        return Parse(() => Envelope(request), serializer);
    }

    /// GET parameters become the same JSON object a POST would carry, so one set of rules checks both.
    private static JsonDocument Envelope(HttpRequest request)
    {
        var envelope = new JsonObject();
        foreach (var key in (string[])["query", "documentId", "operationName"])
        {
            if (request.Query.TryGetValue(key, out var value))
            {
                envelope[key] = value.ToString();
            }
        }
        foreach (var key in (string[])["variables", "extensions"])
        {
            if (request.Query.TryGetValue(key, out var json) && json.ToString().Length > 0)
            {
                envelope[key] = JsonNode.Parse(json.ToString(), documentOptions: JsonOptions);
            }
        }
        return JsonDocument.Parse(envelope.ToJsonString(), JsonOptions);
    }

    private static (GraphQLHttpRequest?, HttpFailure?) Parse(Func<JsonDocument> parse, IGraphQLSerializer serializer)
    {
        try
        {
            using var document = parse();
            return Bind(document.RootElement, serializer);
        }
        // Invalid UTF-8 and lone surrogates surface as InvalidOperationException when a string is read.
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException or NotSupportedException)
        {
            return (null, HttpFailure.BadRequest("The request is not valid JSON in UTF-8."));
        }
    }

    private static (GraphQLHttpRequest?, HttpFailure?) Bind(JsonElement root, IGraphQLSerializer serializer)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, HttpFailure.BadRequest("The request must be a JSON object; batches are not supported."));
        }
        string? query = null, operationName = null, documentId = null;
        Inputs? variables = null, extensions = null;
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            var kind = value.ValueKind;
            switch (property.Name)
            {
                case "query" when kind == JsonValueKind.String:
                    query = value.GetString();
                    break;
                case "documentId" when kind == JsonValueKind.String:
                    documentId = value.GetString();
                    break;
                case "operationName" when kind is JsonValueKind.String or JsonValueKind.Null:
                    operationName = value.GetString();
                    break;
                case "variables" when kind is JsonValueKind.Object or JsonValueKind.Null:
                    variables = kind == JsonValueKind.Null ? null : serializer.ReadNode<Inputs>(value);
                    break;
                case "extensions" when kind is JsonValueKind.Object or JsonValueKind.Null:
                    extensions = kind == JsonValueKind.Null ? null : serializer.ReadNode<Inputs>(value);
                    break;
                case "query":
                case "documentId":
                case "operationName":
                    return (null, HttpFailure.BadRequest($"The {property.Name} parameter must be a string."));
                case "variables":
                case "extensions":
                    return (null, HttpFailure.BadRequest($"The {property.Name} parameter must be an object or null."));
            }
        }
        if (!string.IsNullOrEmpty(documentId))
        {
            return query is null
                ? (new GraphQLHttpRequest("", operationName, variables, extensions, documentId), null)
                : (null, HttpFailure.BadRequest("Send either query or documentId, not both."));
        }
        return string.IsNullOrEmpty(query)
            ? (null, HttpFailure.BadRequest("The query parameter is required and must be a non-empty string."))
            : (new GraphQLHttpRequest(query, operationName, variables, extensions), null);
    }

    private static ReadOnlySequence<byte> SkipBom(ReadOnlySequence<byte> body) =>
        body.Length >= 3 && body.FirstSpan.Length >= 3 && body.FirstSpan[..3].SequenceEqual("\uFEFF"u8) ? body.Slice(3) : body;
}
