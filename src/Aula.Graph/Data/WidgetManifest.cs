using System.Security.Cryptography;
using System.Text;
using Aula.Graph.Basics;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Data;

/// What a vendor registers: the widget and, when it runs registered operations, their texts.
public sealed record WidgetManifest(
    string Key, string Name, string Vendor, WidgetAudience Audience, IReadOnlyList<string> Scopes,
    IReadOnlyList<string> Documents, string? ConsentKey = null, bool TrustedDocumentsOnly = false)
{
    /// The hex SHA-256 of a document's UTF-8 text: its `documentId` is `sha256:` and this.
    public static string HashOf(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// Adds the widget, or updates the one with this key, with exactly these documents, and saves.
    /// A scope the platform does not know is refused: a scope is a promise about what the widget cannot reach.
    public async Task<Widget> ApplyAsync(AulaDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Scopes.FirstOrDefault(s => !WidgetScopes.All.Contains(s)) is { } unknown)
        {
            throw new InvalidOperationException($"Unknown widget scope '{unknown}'.");
        }
        foreach (var document in Documents)
        {
            GraphQLParser.Parser.Parse(document);
        }
        var widget = await db.Widgets.AsTracking().FirstOrDefaultAsync(w => w.Key == Key, cancellationToken)
            ?? db.Widgets.Add(new Widget { Key = Key, Name = Name, Vendor = Vendor, Scopes = "" }).Entity;
        (widget.Name, widget.Vendor, widget.Audience, widget.Scopes, widget.ConsentKey, widget.TrustedDocumentsOnly)
            = (Name, Vendor, Audience, string.Join(' ', Scopes), ConsentKey, TrustedDocumentsOnly);
        await db.SaveChangesAsync(cancellationToken);
        await db.WidgetDocuments.Where(d => d.WidgetId == widget.Id).ExecuteDeleteAsync(cancellationToken);
        db.WidgetDocuments.AddRange(Documents.Distinct().Select(d => new WidgetDocument { Hash = HashOf(d), Body = d, WidgetId = widget.Id }));
        await db.SaveChangesAsync(cancellationToken);
        return widget;
    }
}
