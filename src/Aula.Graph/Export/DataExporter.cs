using System.Text.Json;
using Aula.Graph.Access;
using Aula.Graph.AccessLogs;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Export;

/// The right of access: everything stored about the viewer and the children in their custody, as one JSON
/// document. The one builder behind `exportMyData` and `GET /me/export`; it writes rows as it reads them, from
/// one snapshot of the database. Callers answer <see cref="ExportRules.Refusal"/> in their own form first; the
/// builder checks it again and throws it.
public sealed class DataExporter(IDbContextFactory<AulaDbContext> factory, AulaClock clock, AccessLog log)
{
    public const string Format = "aula-export";

    /// Raised when a section or column is renamed, removed or changes meaning; new sections and columns keep it.
    public const int Version = 1;

    public async Task WriteAsync(Utf8JsonWriter json, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (ExportRules.Refusal(viewer) is { } refusal)
        {
            throw refusal;
        }
        var subject = ExportSubject.Of(viewer);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var snapshot = await ExportSnapshot.BeginAsync(db, cancellationToken);
        await LogSensitiveThreadsAsync(db, subject, cancellationToken);

        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteNumber("version", Version);
        json.WriteString("generatedAt", clock.Now.UtcDateTime);
        json.WriteStartObject("subject");
        json.WriteNumber("personId", subject.PersonId);
        json.WriteStartArray("childIds");
        foreach (var child in subject.ChildIds)
        {
            json.WriteNumberValue(child);
        }
        json.WriteEndArray();
        json.WriteEndObject();

        var writer = new ExportWriter(json, db.Model);
        json.WriteStartObject("sections");
        await ExportSections.WriteAsync(writer, db, subject, cancellationToken);
        await ExportSections.WriteReferencesAsync(writer, db, cancellationToken);
        json.WriteEndObject();
        await ExportSections.WriteOtherPeopleAsync(json, writer, db, subject, cancellationToken);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    /// The export holds the messages of the subject's sensitive threads: that is a read of each, logged (and
    /// written) before the first byte leaves, as every other read of a sensitive thread is.
    private async Task LogSensitiveThreadsAsync(AulaDbContext db, ExportSubject subject, CancellationToken cancellationToken)
    {
        var sensitive = await db.ExportedThreads(subject).Where(t => t.IsSensitive).Select(t => t.Id).ToListAsync(cancellationToken);
        foreach (var thread in sensitive)
        {
            log.Record(AccessKind.SensitiveThread, threadId: thread);
        }
        await log.FlushAsync(cancellationToken);
    }
}
