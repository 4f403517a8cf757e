namespace Aula.Graph.Data;

public enum ConsentScope { Class, Year, Institution }

/// What is asked, and by whom. A null institution means the whole municipality asks.
public sealed class ConsentDefinition
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public int MunicipalityId { get; set; }
    public int? InstitutionId { get; set; }
    public bool HasScope { get; set; }
}

/// A guardian's current answer for one child. Every change also lands in <see cref="ConsentAnswerChange"/>.
public sealed class ConsentAnswer
{
    public int Id { get; set; }
    public int DefinitionId { get; set; }
    public ConsentDefinition Definition { get; set; } = null!;
    public int ChildId { get; set; }
    public int GuardianId { get; set; }
    public bool Granted { get; set; }
    public ConsentScope? Scope { get; set; }
    public DateTimeOffset AnsweredAt { get; set; }
}

public sealed class ConsentAnswerChange
{
    public long Id { get; set; }
    public int DefinitionId { get; set; }
    public int ChildId { get; set; }
    public int GuardianId { get; set; }
    public int ChangedById { get; set; }
    public bool? FromGranted { get; set; }
    public ConsentScope? FromScope { get; set; }
    public bool ToGranted { get; set; }
    public ConsentScope? ToScope { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
