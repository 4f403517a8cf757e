using System.Linq.Expressions;
using Aula.Graph.AccessLogs;
using Aula.Graph.Data;

namespace Aula.Graph.Children;

/// The read model of a child: a person seen in the role of a child.
public sealed class Child : IAboutChild
{
    public int Id { get; init; }
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public DateOnly? BirthDate { get; init; }

    int IAboutChild.ChildId => Id;

    public static readonly Expression<Func<Person, Child>> FromPerson = p => new Child
    {
        Id = p.Id,
        FirstName = p.FirstName,
        LastName = p.LastName,
        BirthDate = p.BirthDate,
    };
}
