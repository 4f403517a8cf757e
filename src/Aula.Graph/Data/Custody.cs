namespace Aula.Graph.Data;

public sealed class Custody
{
    public int GuardianId { get; set; }
    public Person Guardian { get; set; } = null!;
    public int ChildId { get; set; }
    public Person Child { get; set; } = null!;
}
