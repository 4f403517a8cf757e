using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Widgets;

/// Registered operations, addressed as `documentId: "sha256:"` and the SHA-256 of the text in hex (the GraphQL-over-HTTP persisted-documents
/// appendix). A widget runs only its own registered documents; one marked trusted-documents-only runs nothing else.
internal sealed class TrustedDocuments(IDbContextFactory<AulaDbContext> factory)
{
    private const string Prefix = "sha256:";

    /// The registered document's text (null when the request sent its own query), or why the request may not run.
    public async Task<(string? Query, ExecutionError? Refusal)> ResolveAsync(string? documentId, Viewer viewer, CancellationToken cancellationToken)
    {
        if (documentId is null)
        {
            return viewer.Widget is { TrustedDocumentsOnly: true }
                ? (null, new AulaError(ErrorCodes.TrustedDocumentRequired, "This widget may only run its registered operations: send their documentId instead of a query."))
                : (null, null);
        }
        var hash = documentId.StartsWith(Prefix, StringComparison.Ordinal) ? documentId[Prefix.Length..] : "";
        if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower))
        {
            return (null, new AulaError(ErrorCodes.BadRequest, "A documentId is 'sha256:' and 64 lowercase hexadecimal digits."));
        }
        string? body = null;
        if (viewer.Widget is { } widget)
        {
            await using var db = factory.CreateDbContext();
            body = await db.WidgetDocuments.Where(d => d.WidgetId == widget.WidgetId && d.Hash == hash).Select(d => d.Body).FirstOrDefaultAsync(cancellationToken);
        }
        return body is null
            ? (null, new AulaError(ErrorCodes.DocumentNotFound, "No operation registered for this client has this documentId."))
            : (body, null);
    }
}
