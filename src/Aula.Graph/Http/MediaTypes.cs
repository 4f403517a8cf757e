using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Aula.Graph.Http;

/// Content negotiation as the GraphQL-over-HTTP spec asks for it.
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// The response media type for an Accept header, or null when nothing we produce is acceptable (406).
    /// No Accept header means application/json (the spec's advice for legacy clients); so do <c>*/*</c> and
    /// <c>application/*</c>. The highest q wins; on a tie an exact type beats a wildcard, then the first listed.
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return Json;
        }
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return null;
        }
        string? best = null;
        (double Quality, int Specificity) bestRank = (0, -1);
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1;
            if (quality <= 0 || !IsUtf8(range.Charset))
            {
                continue;
            }
            (string? type, int specificity) = range.MediaType.Value?.ToUpperInvariant() switch
            {
                "APPLICATION/GRAPHQL-RESPONSE+JSON" => (GraphQLResponse, 2),
                "APPLICATION/JSON" => (Json, 2),
                "APPLICATION/*" => (Json, 1),
                "*/*" => (Json, 0),
                _ => (null, -1),
            };
            if (type is not null && (quality > bestRank.Quality || (quality == bestRank.Quality && specificity > bestRank.Specificity)))
            {
                best = type;
                bestRank = (quality, specificity);
            }
        }
        return best;
    }

    /// A POST body must be application/json, in UTF-8 when a charset is given.
    public static bool IsJsonRequest(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var value)
        && value.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && IsUtf8(value.Charset);

    private static bool IsUtf8(StringSegment charset) =>
        !charset.HasValue
        || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
        || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
