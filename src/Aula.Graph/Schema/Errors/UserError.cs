using GraphQL.Types;

namespace Aula.Graph.Schema.Errors;

/// A domain failure of a mutation, returned in its payload (Shopify's userErrors): the request itself succeeded.
public sealed record UserError(string Code, string Message, IReadOnlyList<string>? Field = null);

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "Why a mutation did not do what was asked. `code` is stable; `message` is for people.";
        Field(e => e.Code).Description("A stable, machine-readable code such as NOT_FOUND or VALIDATION.");
        Field(e => e.Message);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("field")
            .Description("The path to the input field at fault, if any.")
            .Resolve(c => c.Source.Field);
    }
}

/// The common shape of every mutation result: what happened, or why not.
public abstract class Payload
{
    public IReadOnlyList<UserError> Errors { get; init; } = [];
}
