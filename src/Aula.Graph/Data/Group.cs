namespace Aula.Graph.Data;

public enum GroupKind { Class, Department, CrossInstitution }

public sealed class Group
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public GroupKind Kind { get; set; }
    /// The year level (0 for preschool class) of a class; null for other groups. Classes of one level at one
    /// institution form a year (årgang).
    public int? Grade { get; set; }
    public List<GroupInstitution> Institutions { get; set; } = [];
    public List<GroupMembership> Memberships { get; set; } = [];
}

/// Groups can span institutions (school boards, professional networks).
public sealed class GroupInstitution
{
    public int GroupId { get; set; }
    public int InstitutionId { get; set; }
    public Institution Institution { get; set; } = null!;
}
