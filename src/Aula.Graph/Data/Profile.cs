namespace Aula.Graph.Data;

public enum ProfileKind { Guardian, Child, Employee, Administrator }

public enum EmployeeRole { Teacher, Pedagogue, Leader, Administrative, Specialist }

/// One role a person holds. Employees hold one profile per institution they work at; a municipality's
/// administrators (statistics, legal holds) hold one with <see cref="MunicipalityId"/> and no institution.
public sealed class Profile
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public ProfileKind Kind { get; set; }
    public int? InstitutionId { get; set; }
    public Institution? Institution { get; set; }
    public EmployeeRole? Role { get; set; }
    public int? MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
}
