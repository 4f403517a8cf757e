using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Widgets;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Aula.Graph.Http;

/// <c>/graphql</c> over HTTP: GET for queries, POST for everything; the checks run cheapest first.
internal sealed class GraphQLHttpHandler(
    IDocumentExecuter executer,
    TrustedDocuments documents,
    IGraphQLSerializer serializer,
    IOptions<GraphQLLimitsOptions> options,
    ILogger<GraphQLHttpHandler> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        try
        {
            await HandleCoreAsync(http);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The caller went away: there is no one to answer.
        }
    }

    private async Task HandleCoreAsync(HttpContext http)
    {
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !HttpMethods.IsPost(http.Request.Method))
        {
            await RefuseMethodAsync(http, "GET, POST", "Use GET for queries or POST for any operation.");
            return;
        }
        if (MediaTypes.Negotiate(http.Request.Headers.Accept) is not { } mediaType)
        {
            await FailAsync(http, new HttpFailure(StatusCodes.Status406NotAcceptable, ErrorCodes.BadRequest,
                $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}."), MediaTypes.Json);
            return;
        }
        // UseAuthentication leaves a rejected token as an anonymous user; a token that was sent and is bad is refused.
        if ((await http.AuthenticateAsync()).Failure is not null)
        {
            HttpLog.InvalidToken(logger);
            await FailAsync(http, new HttpFailure(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
                "The bearer token is invalid or expired."), mediaType);
            return;
        }
        var limits = options.Value;
        var (request, failure) = isGet
            ? GraphQLRequestReader.ReadGet(http.Request, serializer, limits.MaxBodyBytes)
            : await GraphQLRequestReader.ReadPostAsync(http.Request, serializer, limits.MaxBodyBytes, http.RequestAborted);
        if (request is null)
        {
            await FailAsync(http, failure!, mediaType);
            return;
        }
        if (request.DocumentId is not null || WidgetTokens.IsWidgetToken(http.User))
        {
            var viewer = await http.RequestServices.GetRequiredService<ViewerContext>().GetAsync(http.RequestAborted);
            var (query, refusal) = await documents.ResolveAsync(request.DocumentId, viewer, http.RequestAborted);
            if (refusal is not null)
            {
                await WriteAsync(http, new ExecutionResult { Errors = [refusal] }, mediaType);
                return;
            }
            request = query is null ? request : request with { Query = query, DocumentId = null };
        }

        var (document, error) = DocumentLimits.Parse(request.Query, limits);
        if (error is LimitError)
        {
            HttpLog.LimitExceeded(logger, error.Message);
        }
        var operation = document is null ? null : SelectOperation(document, request.OperationName);
        if (isGet && operation is { Operation: not OperationType.Query })
        {
            await RefuseMethodAsync(http, "POST", $"A {operation.Operation.ToString().ToLowerInvariant()} must be sent with POST.");
            return;
        }
        var result = error is not null ? new ExecutionResult { Errors = [error] }
            : operation is { Operation: OperationType.Subscription }
                ? new ExecutionResult { Errors = [new AulaError(ErrorCodes.BadRequest, "Subscriptions are served over WebSocket (graphql-transport-ws).")] }
                : await ExecuteAsync(http, request, document!);
        GraphQLHttpResponse.CapErrors(result, limits.MaxErrors);
        await WriteAsync(http, result, mediaType);
    }

    private Task WriteAsync(HttpContext http, ExecutionResult result, string mediaType) =>
        GraphQLHttpResponse.WriteAsync(http, serializer, result, GraphQLHttpResponse.StatusOf(result, mediaType), mediaType);

    private Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLHttpRequest request, GraphQLDocument document) =>
        executer.ExecuteAsync(request.ToOptions(document, http.RequestServices, http.User, http.RequestAborted));

    /// The operation GraphQL.NET will run, or null when the name matches none (it then reports that itself).
    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? name)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(name)
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == name);
    }

    private Task RefuseMethodAsync(HttpContext http, string allow, string message)
    {
        http.Response.Headers.Allow = allow;
        return FailAsync(http, new HttpFailure(StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadRequest, message), MediaTypes.Json);
    }

    private Task FailAsync(HttpContext http, HttpFailure failure, string mediaType) =>
        GraphQLHttpResponse.WriteFailureAsync(http, serializer, failure, mediaType);
}
