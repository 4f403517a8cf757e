using Aula.Graph.Access;
using Aula.Graph.Data;
using Aula.Graph.Institutions;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;
using GraphQL.Types;

namespace Aula.Graph.People;

public sealed class MeType : ObjectGraphType<Viewer>
{
    public MeType(IEnumerable<ITypeFields<MeType>> extensions)
    {
        Name = "Me";
        Description = "The signed-in viewer.";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.Loader<PersonRefLoader>().Load(c.Source.PersonId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProfileType>>>>("profiles").Resolve(c => c.Source.Profiles);
        Field<NonNullGraphType<AssuranceLevelType>>("assuranceLevel")
            .Description("SECOND_FACTOR when the token proves a second factor, as sensitive threads need.")
            .Resolve(c => c.Source.SteppedUp ? AssuranceLevel.SecondFactor : AssuranceLevel.Password);
        this.Extend(extensions);
    }
}

public enum AssuranceLevel { Password, SecondFactor }

public sealed class AssuranceLevelType : EnumerationGraphType<AssuranceLevel>
{
    public AssuranceLevelType() => Name = "AssuranceLevel";
}

public sealed class ProfileType : ObjectGraphType<ViewerProfile>
{
    public ProfileType()
    {
        Name = "Profile";
        Description = "One role the viewer holds: guardian, child (pupil) or employee at an institution.";
        Field<NonNullGraphType<EnumerationGraphType<ProfileKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<EnumerationGraphType<EmployeeRole>>("role").Resolve(c => c.Source.Role);
        Field<InstitutionType>("institution").Resolve(c =>
            c.Source.InstitutionId is { } id ? c.Loader<InstitutionRefLoader>().Load(id) : null);
    }
}
