namespace Aula.Graph.Data;

public sealed class Municipality
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}
