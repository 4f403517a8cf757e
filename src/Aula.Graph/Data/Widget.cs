namespace Aula.Graph.Data;

/// Who may open a widget: guardians (about their children), pupils (about themselves), or both.
public enum WidgetAudience { Guardians, Pupils, GuardiansAndPupils }

/// A third-party widget in the platform's registry. Its vendor's back end reads the graph with a widget token,
/// within the widget's scopes (space-separated, each one of `Basics.WidgetScopes`).
public sealed class Widget
{
    public int Id { get; set; }

    /// Stable and unique; the token's client is `widget:{Key}`.
    public required string Key { get; set; }
    public required string Name { get; set; }
    public required string Vendor { get; set; }
    public WidgetAudience Audience { get; set; }
    public required string Scopes { get; set; }

    /// A consent (by key) that must be granted for a child before the widget sees that child; null: none asked.
    public string? ConsentKey { get; set; }

    /// The widget may only run its registered documents (<see cref="WidgetDocument"/>).
    public bool TrustedDocumentsOnly { get; set; }
}

/// An institution has turned the widget on; removing the row turns it off.
public sealed class InstitutionWidget
{
    public int InstitutionId { get; set; }
    public int WidgetId { get; set; }
    public DateTimeOffset EnabledAt { get; set; }
}

/// An operation the widget registered, addressed by the SHA-256 of its text (lowercase hex).
public sealed class WidgetDocument
{
    public int WidgetId { get; set; }
    public required string Hash { get; set; }
    public required string Body { get; set; }
}

/// The subject a vendor knows a person by: random, one per vendor and person, so vendors cannot match people.
public sealed class WidgetPseudonym
{
    public required string Vendor { get; set; }
    public int PersonId { get; set; }
    public required string Subject { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
