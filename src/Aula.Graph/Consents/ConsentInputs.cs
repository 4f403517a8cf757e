using Aula.Graph.Data;
using Aula.Graph.Schema.Errors;
using GraphQL.Types;

namespace Aula.Graph.Consents;

public sealed class AnswerConsentInput
{
    public string ChildId { get; init; } = "";
    public string DefinitionId { get; init; } = "";
    public bool Granted { get; init; }
    public ConsentScope? Scope { get; init; }
}

public sealed class AnswerConsentInputType : InputObjectGraphType<AnswerConsentInput>
{
    public AnswerConsentInputType()
    {
        Name = "AnswerConsentInput";
        Description = "A guardian's answer to one consent for one child.";
        Field<NonNullGraphType<IdGraphType>>("childId");
        Field<NonNullGraphType<IdGraphType>>("definitionId");
        Field<NonNullGraphType<BooleanGraphType>>("granted");
        Field<ConsentScopeType>("scope")
            .Description("Required when granting a consent that has a scope (`hasScope`); must be null otherwise.");
    }
}

public sealed class AnswerConsentPayload : Payload
{
    public ChildConsent? Consent { get; init; }
}

public sealed class AnswerConsentPayloadType() : PayloadType<AnswerConsentPayload>(
    "AnswerConsentPayload", "The consent as it now stands, or why it was not answered.",
    t => t.Field<ChildConsentType>("consent").Description("The consent as it now stands; null when nothing was answered.")
        .Resolve(c => c.Source.Consent));
