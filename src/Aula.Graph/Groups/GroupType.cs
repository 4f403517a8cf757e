using Aula.Graph.Data;
using Aula.Graph.Institutions;
using Aula.Graph.People;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;
using Aula.Graph.Schema.Nodes;
using GraphQL.Types;

namespace Aula.Graph.Groups;

public sealed class GroupType : ObjectGraphType<Group>
{
    public GroupType(IEnumerable<ITypeFields<GroupType>> extensions)
    {
        this.IsNode("Group", g => g.Id);
        Description = "A class, a department, or a group across institutions.";
        Field(g => g.Name);
        Field<NonNullGraphType<EnumerationGraphType<GroupKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstitutionType>>>>("institutions")
            .Description("The institutions the group belongs to; more than one for a group across institutions.")
            .Resolve(c => c.Loader<GroupInstitutionsLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupMemberType>>>>("members")
            .Description("Staff of the group, and the children and guardians you may see.")
            .Resolve(c => c.Loader<GroupMembersLoader>().Load(c.Source.Id));
        this.Extend(extensions);
    }
}

public sealed class GroupMemberType : ObjectGraphType<GroupMembership>
{
    public GroupMemberType()
    {
        Name = "GroupMember";
        Field<NonNullGraphType<EnumerationGraphType<GroupRole>>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.Loader<PersonRefLoader>().Load(c.Source.PersonId));
    }
}
