using Aula.Graph.Data;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Nodes;
using GraphQL.Types;

namespace Aula.Graph.People;

/// A person as others see them: a name. Contact details follow consents and live elsewhere.
public sealed class PersonType : ObjectGraphType<Person>
{
    public PersonType(IEnumerable<ITypeFields<PersonType>> extensions)
    {
        this.IsNode("Person", p => p.Id);
        Description = "A person: guardian, pupil or employee.";
        Field(p => p.FirstName);
        Field(p => p.LastName);
        Field<NonNullGraphType<StringGraphType>>("displayName").Resolve(c => $"{c.Source.FirstName} {c.Source.LastName}");
        this.Extend(extensions);
    }
}
