namespace Aula.Graph.Data;

public enum GroupRole { Child, Guardian, Teacher, Pedagogue, Leader, Member }

public sealed class GroupMembership
{
    public int GroupId { get; set; }
    public Group Group { get; set; } = null!;
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public GroupRole Role { get; set; }
}
