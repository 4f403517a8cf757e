namespace Aula.Graph.Data;

public enum InstitutionKind { School, Sfo, Daycare, Club, MunicipalService }

public sealed class Institution
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public Municipality Municipality { get; set; } = null!;
    public required string Name { get; set; }
    public InstitutionKind Kind { get; set; }
}
