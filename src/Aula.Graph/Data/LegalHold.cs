namespace Aula.Graph.Data;

/// Keeps a child's data past the deletion deadline, for as long as the hold stands (a case under review).
public sealed class LegalHold
{
    public int ChildId { get; set; }
    public int SetById { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset SetAt { get; set; }
}
