using Aula.Graph.Data;
using Aula.Graph.People;
using Aula.Graph.Schema.Loading;
using GraphQL.Types;

namespace Aula.Graph.Consents;

public sealed class ConsentChangeType : ObjectGraphType<ConsentAnswerChange>
{
    public ConsentChangeType()
    {
        Name = "ConsentChange";
        Description = "One change of a guardian's answer to a consent: from what, to what, by whom and when.";
        Field<NonNullGraphType<ConsentDefinitionType>>("definition")
            .Resolve(c => c.Loader<ConsentDefinitionRefLoader>().Load(c.Source.DefinitionId));
        Field<NonNullGraphType<PersonType>>("guardian").Description("Whose answer changed.")
            .Resolve(c => c.Loader<PersonRefLoader>().Load(c.Source.GuardianId));
        Field<NonNullGraphType<PersonType>>("changedBy").Resolve(c => c.Loader<PersonRefLoader>().Load(c.Source.ChangedById));
        Field<BooleanGraphType>("fromGranted").Description("The answer before; null for the first answer.").Resolve(c => c.Source.FromGranted);
        Field<ConsentScopeType>("fromScope").Resolve(c => c.Source.FromScope);
        Field(c => c.ToGranted);
        Field<ConsentScopeType>("toScope").Resolve(c => c.Source.ToScope);
        Field<NonNullGraphType<DateTimeGraphType>>("changedAt").Resolve(c => c.Source.ChangedAt.UtcDateTime);
    }
}
