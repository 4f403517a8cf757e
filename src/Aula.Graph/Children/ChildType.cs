using Aula.Graph.Groups;
using Aula.Graph.Institutions;
using Aula.Graph.People;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;
using Aula.Graph.Schema.Nodes;
using GraphQL.Types;

namespace Aula.Graph.Children;

public sealed class ChildType : ObjectGraphType<Child>
{
    public ChildType(IEnumerable<ITypeFields<ChildType>> extensions)
    {
        this.IsNode("Child", c => c.Id);
        Description = "A child (pupil) at a school, SFO or daycare.";
        Field(c => c.FirstName);
        Field(c => c.LastName);
        Field<NonNullGraphType<StringGraphType>>("displayName").Resolve(c => $"{c.Source.FirstName} {c.Source.LastName}");
        Field<DateOnlyGraphType>("birthDate").Resolve(c => c.Source.BirthDate);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstitutionType>>>>("institutions")
            .Description("Where the child is enrolled today.")
            .Resolve(c => c.Loader<ChildInstitutionsLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupType>>>>("groups")
            .Description("The child's groups that you may see, by name.")
            .Resolve(c => c.Loader<ChildGroupsLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("guardians")
            .Description("The child's guardians (custody holders).")
            .Resolve(c => c.Loader<ChildGuardiansLoader>().Load(c.Source.Id));
        this.Extend(extensions);
    }
}
