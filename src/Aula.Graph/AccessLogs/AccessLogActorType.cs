using Aula.Graph.Data;
using GraphQL.Types;

namespace Aula.Graph.AccessLogs;

/// Who read an entry's data, as the log tells it: a name and the roles the person holds.
public sealed record AccessLogActor(string Name, IReadOnlyList<ActorRole> Roles);

/// One role: a guardian or pupil, an employee (with role) of an institution, or an administrator of a municipality.
public sealed record ActorRole(ProfileKind Kind, EmployeeRole? Role, string? Organization);

public sealed class AccessLogActorType : ObjectGraphType<AccessLogActor>
{
    public AccessLogActorType()
    {
        Name = "AccessLogActor";
        Description = "Who read the data: a name and the roles they hold now. Not a Person: the log tells you who looked, "
            + "without making them someone you can look up.";
        Field(a => a.Name).Description("The reader's full name.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorRoleType>>>>("roles").Resolve(c => c.Source.Roles);
    }
}

public sealed class ActorRoleType : ObjectGraphType<ActorRole>
{
    public ActorRoleType()
    {
        Name = "ActorRole";
        Description = "One role of a reader.";
        Field<NonNullGraphType<EnumerationGraphType<ProfileKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<EnumerationGraphType<EmployeeRole>>("role").Description("An employee's role; null otherwise.").Resolve(c => c.Source.Role);
        Field<StringGraphType>("organization")
            .Description("The institution the role is held at, or the municipality an administrator serves.")
            .Resolve(c => c.Source.Organization);
    }
}
