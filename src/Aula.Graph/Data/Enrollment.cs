namespace Aula.Graph.Data;

/// A child's time at an institution; <see cref="EndDate"/> is null while enrolled.
public sealed class Enrollment
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Person Child { get; set; } = null!;
    public int InstitutionId { get; set; }
    public Institution Institution { get; set; } = null!;
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
}
