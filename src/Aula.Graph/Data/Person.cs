namespace Aula.Graph.Data;

/// A human being. <see cref="Login"/> is the identity provider's subject; children in daycare have none.
public sealed class Person
{
    public int Id { get; set; }
    public string? Login { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public List<Profile> Profiles { get; set; } = [];
}
