using GraphQL.Types;

namespace Aula.Graph.Schema.Errors;

/// A domain failure of a mutation, returned in its payload (Shopify's userErrors): the request itself succeeded.
public sealed record UserError(string Code, string Message, IReadOnlyList<string>? Field = null)
{
    /// A write that <c>WriteRetry</c> could not get through: nothing was stored.
    public static readonly UserError Busy = new(Basics.ErrorCodes.Unavailable, "The change could not be stored just now (the database is busy); try again.");
}

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "Why a mutation did not do what was asked. `code` is stable; `message` is for people.";
        Field<NonNullGraphType<UserErrorCodeType>>("code").Description("A stable, machine-readable code.").Resolve(c => c.Source.Code);
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

/// A payload's result fields, then `errors`, as every payload ends.
public abstract class PayloadType<T> : ObjectGraphType<T>
    where T : Payload
{
    protected PayloadType(string name, string description, Action<PayloadType<T>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Name = name;
        Description = description;
        fields(this);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why nothing was done; empty on success.")
            .Resolve(c => c.Source.Errors);
    }
}

/// The codes a mutation's user errors carry: the same words as `extensions.code` on request errors.
public sealed class UserErrorCodeType : EnumerationGraphType
{
    public UserErrorCodeType()
    {
        Name = "UserErrorCode";
        Add(Basics.ErrorCodes.NotFound, Basics.ErrorCodes.NotFound, "No such object, or none you may see.");
        Add(Basics.ErrorCodes.Forbidden, Basics.ErrorCodes.Forbidden, "You may see the object but not do this to it.");
        Add(Basics.ErrorCodes.Validation, Basics.ErrorCodes.Validation, "An input value is not acceptable; `field` says which.");
        Add(Basics.ErrorCodes.Conflict, Basics.ErrorCodes.Conflict, "The request clashes with an earlier one (a client message ID used for other content).");
        Add(Basics.ErrorCodes.StepUpRequired, Basics.ErrorCodes.StepUpRequired, "Sign in with a second factor to do this.");
        Add(Basics.ErrorCodes.Unavailable, Basics.ErrorCodes.Unavailable, "The database was busy; nothing was stored. Try again.");
    }
}
