namespace Aula.Graph.Data;

public enum InstitutionKind { School, Sfo, Daycare, Club, MunicipalService }

public sealed class Institution
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public Municipality Municipality { get; set; } = null!;
    public required string Name { get; set; }
    public InstitutionKind Kind { get; set; }
    /// The IANA zone the institution's days turn over in.
    public string TimeZone { get; set; } = "Europe/Copenhagen";

    /// Daycare, SFO and club register arrival and departure; schools and municipal services do not.
    public static readonly IReadOnlyList<InstitutionKind> CheckInKinds = [InstitutionKind.Daycare, InstitutionKind.Sfo, InstitutionKind.Club];

    public static bool HasCheckIn(InstitutionKind kind) => CheckInKinds.Contains(kind);
}
