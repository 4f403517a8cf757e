using Aula.Graph.Access;
using Aula.Graph.Basics;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Aula.Graph.Widgets;

/// For a widget token, every field the document selects must be in <see cref="WidgetSurface"/> for the scopes the
/// widget holds now; any other answers as a field the schema does not have, with NOT_FOUND, and nothing runs.
/// Introspection is open, as it is to anyone.
public sealed class WidgetSurfaceRule : ValidationRuleBase
{
    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.RequestServices?.GetService<ViewerContext>() is not { } viewers
            || (await viewers.GetAsync(context.CancellationToken)).Widget is not { } widget)
        {
            return null;
        }
        return new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            // The parent may come wrapped in lists and non-nulls; a field whose parent is unknown is refused.
            var parent = validation.TypeInfo.GetParentType()?.GetNamedType().Name ?? "";
            var name = field.Name.StringValue;
            if (!name.StartsWith("__", StringComparison.Ordinal) && !parent.StartsWith("__", StringComparison.Ordinal)
                && !WidgetSurface.Allows(widget.Scopes, parent, name))
            {
                validation.ReportError(new WidgetFieldError(validation.Document.Source, field, parent));
            }
        });
    }
}

/// Reported by <see cref="WidgetSurfaceRule"/>; the same words as for a field that does not exist, code NOT_FOUND.
public sealed class WidgetFieldError : ValidationError
{
    public WidgetFieldError(GraphQLParser.ROM source, GraphQLField field, string parentType)
        : base(source, null, $"Cannot query field '{field.Name.StringValue}' on type '{parentType}'.", field) =>
        Code = ErrorCodes.NotFound;

    public WidgetFieldError(string message) : base(message) => Code = ErrorCodes.NotFound;

    public WidgetFieldError(string message, Exception innerException) : base(message, innerException) => Code = ErrorCodes.NotFound;

    public WidgetFieldError() : this("Not found.") { }
}
