using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema.Errors;

namespace Aula.Graph.Consents;

/// What an answer must say. A scope says how widely a granted consent applies, so only a granted answer to a
/// consent with a scope has one, and it must.
internal static class ConsentRules
{
    public static UserError? ScopeError(ConsentDefinition definition, AnswerConsentInput input) =>
        (definition.HasScope && input.Granted, input.Scope) switch
        {
            (true, null) => new UserError(ErrorCodes.Validation, "Say how widely the consent applies.", ["input", "scope"]),
            (false, not null) => new UserError(ErrorCodes.Validation,
                definition.HasScope ? "A declined consent has no scope." : "This consent has no scope.", ["input", "scope"]),
            _ => null,
        };
}
