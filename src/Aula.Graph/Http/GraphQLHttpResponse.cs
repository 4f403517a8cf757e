using Aula.Graph.Basics;
using Aula.Graph.Http.Cost;
using GraphQL;

namespace Aula.Graph.Http;

/// Status codes and bodies as the GraphQL-over-HTTP spec asks for them.
internal static class GraphQLHttpResponse
{
    /// A request that never ran (syntax, validation, variables, limits, anonymous access) answers 200 as
    /// application/json, so a client can trust the body is GraphQL's and not an intermediary's (except RATE_LIMITED:
    /// 429 with Retry-After, which clients and proxies know to wait on); as
    /// application/graphql-response+json it answers 400, or 401 when the caller must sign in. A request that
    /// ran answers 200 either way, whatever field errors it has.
    public static int StatusOf(ExecutionResult result, string mediaType)
    {
        if (!result.Executed && result.Errors?.Any(e => AulaErrorInfoProvider.CodeOf(e) == ErrorCodes.RateLimited) == true)
        {
            return StatusCodes.Status429TooManyRequests;
        }
        if (result.Executed || mediaType == MediaTypes.Json)
        {
            return StatusCodes.Status200OK;
        }
        var codes = result.Errors?.Select(AulaErrorInfoProvider.CodeOf).ToHashSet() ?? [];
        return codes.Contains(ErrorCodes.Unauthenticated) ? StatusCodes.Status401Unauthorized
            : codes.Contains(ErrorCodes.Internal) ? StatusCodes.Status500InternalServerError
            : codes.Contains(ErrorCodes.Unavailable) ? StatusCodes.Status503ServiceUnavailable
            : StatusCodes.Status400BadRequest;
    }

    /// Keeps the first errors and says how many were left out, so no document can make the body huge.
    public static void CapErrors(ExecutionResult result, int max)
    {
        if (result.Errors is not { } errors || errors.Count <= max)
        {
            return;
        }
        var kept = new ExecutionErrors();
        kept.AddRange(errors.Take(max - 1));
        kept.Add(new LimitError($"{errors.Count - (max - 1)} more errors were left out."));
        result.Errors = kept;
    }

    public static Task WriteFailureAsync(HttpContext http, IGraphQLSerializer serializer, HttpFailure failure, string mediaType) =>
        WriteAsync(http, serializer, new ExecutionResult { Errors = [new AulaError(failure.Code, failure.Message)] }, failure.Status, mediaType);

    public static async Task WriteAsync(HttpContext http, IGraphQLSerializer serializer, ExecutionResult result, int status, string mediaType)
    {
        if (status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }
        if (status == StatusCodes.Status429TooManyRequests
            && result.Errors?.Select(e => e.Extensions?.GetValueOrDefault("retryAfter")).FirstOrDefault(r => r is not null) is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = Convert.ToString(retryAfter, System.Globalization.CultureInfo.InvariantCulture);
        }
        http.RequestServices.GetService<RequestCost>()?.AddTo(result);
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
