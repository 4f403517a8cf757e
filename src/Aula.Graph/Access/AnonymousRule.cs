using Aula.Graph.Basics;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Aula.Graph.Access;

/// The single gate for anonymous callers: without a signed-in user an operation may select introspection
/// (`__schema`, `__type`, `__typename`) at its root and nothing else. Fragments on the root are followed.
public sealed class AnonymousRule : ValidationRuleBase
{
    private static readonly HashSet<string> Introspection = ["__schema", "__type", "__typename"];

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User?.Identity?.IsAuthenticated != true
            && context.Operation is { } operation
            && FirstProtectedField(operation.SelectionSet, context.Document, []) is { } field)
        {
            context.ReportError(new AnonymousAccessError(context.Document.Source, field));
        }
        return default;
    }

    private static GraphQLField? FirstProtectedField(GraphQLSelectionSet selectionSet, GraphQLDocument document, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var found = selection switch
            {
                GraphQLField field => Introspection.Contains(field.Name.StringValue) ? null : field,
                GraphQLInlineFragment inline => FirstProtectedField(inline.SelectionSet, document, visited),
                GraphQLFragmentSpread spread when visited.Add(spread.FragmentName.Name.StringValue) =>
                    document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name) is { } fragment
                        ? FirstProtectedField(fragment.SelectionSet, document, visited)
                        : null,
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }
        return null;
    }
}

/// Reported by <see cref="AnonymousRule"/>; its code is UNAUTHENTICATED.
public sealed class AnonymousAccessError : ValidationError
{
    public AnonymousAccessError(GraphQLParser.ROM source, GraphQLField field)
        : base(source, null, $"Sign in to read '{field.Name.StringValue}'; anonymous callers may only introspect the schema.", field) =>
        Code = ErrorCodes.Unauthenticated;

    public AnonymousAccessError(string message) : base(message) => Code = ErrorCodes.Unauthenticated;

    public AnonymousAccessError(string message, Exception innerException) : base(message, innerException) => Code = ErrorCodes.Unauthenticated;

    public AnonymousAccessError() : this("Sign in first.") { }
}
