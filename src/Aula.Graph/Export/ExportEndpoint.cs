using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Aula.Graph.Access;
using Aula.Graph.Basics;

namespace Aula.Graph.Export;

/// `GET /me/export`: the export as a file download, streamed as it is read. Refusals answer with the same codes
/// as GraphQL, in the same `errors` shape: 401 UNAUTHENTICATED, 403 FORBIDDEN or STEP_UP_REQUIRED.
internal static class ExportEndpoint
{
    public const string Path = "/me/export";

    /// A file for people to read: indented, and with æ, ø, å as themselves. Relaxed escaping is safe here: the
    /// body is served as a JSON attachment, never embedded in HTML.
    private static readonly JsonWriterOptions FileOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task HandleAsync(HttpContext http, ViewerContext viewers, DataExporter exporter, AulaClock clock)
    {
        var viewer = await viewers.GetAsync(http.RequestAborted);
        if (ExportRules.Refusal(viewer) is { } refusal)
        {
            await RefuseAsync(http, refusal);
            return;
        }
        var date = clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"aula-export-{date}.json\"";
        http.Response.Headers.CacheControl = "no-store";
        await using var json = new Utf8JsonWriter(http.Response.Body, FileOptions);
        await exporter.WriteAsync(json, viewer, http.RequestAborted);
    }

    private static Task RefuseAsync(HttpContext http, AulaError refusal)
    {
        if (refusal.Code == ErrorCodes.Unauthenticated)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }
        else
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        var extensions = new Dictionary<string, object?>(refusal.Extensions ?? []) { ["code"] = refusal.Code };
        return http.Response.WriteAsJsonAsync(new { errors = new[] { new { message = refusal.Message, extensions } } }, http.RequestAborted);
    }
}
