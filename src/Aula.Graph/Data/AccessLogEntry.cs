namespace Aula.Graph.Data;

public enum AccessKind
{
    /// The subject or messages of a sensitive thread were read.
    SensitiveThread,

    /// Staff read a child's or guardian's contact details.
    ContactDetails,

    /// Staff read a child's consent answers.
    Consents,

    /// A third-party client read data about the child.
    ThirdPartyClient,
}

/// One read of protected data: who read what, when, through which client. Rows are only ever added; the
/// retention job is the one thing that removes them, together with the person they are about.
public sealed class AccessLogEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public int ActorId { get; set; }
    /// The OAuth client the request came through; null for the platform's own apps.
    public string? ClientId { get; set; }
    public AccessKind Kind { get; set; }
    /// The child the data is about, when it is about a child.
    public int? ChildId { get; set; }
    /// The person whose data was read (a guardian's contact details, a thread participant).
    public int? PersonId { get; set; }
    public int? ThreadId { get; set; }
}
