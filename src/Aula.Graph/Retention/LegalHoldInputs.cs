using Aula.Graph.Schema.Errors;
using GraphQL.Types;

namespace Aula.Graph.Retention;

public sealed class SetLegalHoldInput
{
    public string ChildId { get; init; } = "";
    public string Reason { get; init; } = "";
}

public sealed class ReleaseLegalHoldInput
{
    public string ChildId { get; init; } = "";
}

public sealed class SetLegalHoldInputType : InputObjectGraphType<SetLegalHoldInput>
{
    public SetLegalHoldInputType()
    {
        Name = "SetLegalHoldInput";
        Description = "A legal hold on one child's data.";
        Field<NonNullGraphType<IdGraphType>>("childId").Description("A child who is or was enrolled in your municipality.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description($"Why the data is kept: 1 to {LegalHolds.MaxReason} characters.");
    }
}

public sealed class ReleaseLegalHoldInputType : InputObjectGraphType<ReleaseLegalHoldInput>
{
    public ReleaseLegalHoldInputType()
    {
        Name = "ReleaseLegalHoldInput";
        Description = "The child whose legal hold ends.";
        Field<NonNullGraphType<IdGraphType>>("childId").Description("A child with a legal hold in your municipality.");
    }
}

public sealed class LegalHoldPayload : Payload
{
    public LegalHoldView? LegalHold { get; init; }
}

public sealed class SetLegalHoldPayloadType() : PayloadType<LegalHoldPayload>(
    "SetLegalHoldPayload", "The hold as it now stands, or why it was not set.",
    t => t.Field<LegalHoldType>("legalHold").Description("The hold; null when it was not set.").Resolve(c => c.Source.LegalHold));

public sealed class ReleaseLegalHoldPayloadType() : PayloadType<LegalHoldPayload>(
    "ReleaseLegalHoldPayload", "The hold that was released, or why nothing was released.",
    t => t.Field<LegalHoldType>("legalHold").Description("The hold as it stood before its release; null when nothing was released.")
        .Resolve(c => c.Source.LegalHold));
