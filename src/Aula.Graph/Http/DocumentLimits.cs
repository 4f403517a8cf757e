using GraphQL;
using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Aula.Graph.Http;

/// Parses a document only after counting its tokens, then measures its shape, so that nothing a hostile
/// document can do costs more than the limits allow before GraphQL.NET validates it.
internal static class DocumentLimits
{
    /// The parser's own guard against deep recursion (AST nodes, not fields).
    private const int ParserMaxDepth = 128;

    /// `fields { type { fields ... } }` fans out over the whole schema at every level; the standard introspection
    /// query nests one such list, graphql-js's MaxIntrospectionDepthRule allows two.
    private const int MaxIntrospectionNesting = 2;

    /// The parsed document, or the error to answer with (a syntax error, or a limit).
    public static (GraphQLDocument? Document, ExecutionError? Error) Parse(string query, GraphQLLimitsOptions limits)
    {
        try
        {
            var tokens = CountTokens(query, limits.MaxTokens + 1);
            if (tokens > limits.MaxTokens)
            {
                return (null, Exceeded($"The document has more than {limits.MaxTokens} tokens."));
            }
            var document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = ParserMaxDepth });
            return (document, Measure(document, limits));
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return (null, Exceeded($"The document is nested more than {limits.MaxDepth} levels deep."));
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            return (null, new SyntaxError(ex));
        }
    }

    /// Counts tokens with the parser's own lexer, stopping at <paramref name="stopAt"/>.
    private static int CountTokens(string query, int stopAt)
    {
        var count = 0;
        for (var token = Lexer.Lex(query, 0); token.Kind != TokenKind.EOF && count < stopAt; token = Lexer.Lex(query, token.End))
        {
            count++;
        }
        return count;
    }

    private static LimitError? Measure(GraphQLDocument document, GraphQLLimitsOptions limits)
    {
        var shape = new DocumentShape(document);
        if (shape.Aliases > limits.MaxAliases)
        {
            return Exceeded($"The document has {shape.Aliases} aliases; at most {limits.MaxAliases} are allowed.");
        }
        if (shape.MaxSameName > limits.MaxSameNameFields)
        {
            return Exceeded($"A selection set repeats one response name {shape.MaxSameName} times; at most {limits.MaxSameNameFields} are allowed.");
        }
        if (shape.IntrospectionNesting > MaxIntrospectionNesting)
        {
            return Exceeded($"Introspection nests fields, inputFields, interfaces or possibleTypes {shape.IntrospectionNesting} levels deep; at most {MaxIntrospectionNesting} are allowed.");
        }
        if (shape.Depth > limits.MaxDepth)
        {
            return Exceeded($"The document is nested {shape.Depth} levels deep; at most {limits.MaxDepth} are allowed.");
        }
        return shape.Fields > limits.MaxFields
            ? Exceeded($"The document selects more than {limits.MaxFields} fields once fragments are expanded.")
            : null;
    }

    private static LimitError Exceeded(string message) => new(message);
}

/// A limit error; its code is LIMIT_EXCEEDED wherever it is reported.
public sealed class LimitError : ExecutionError
{
    public LimitError(string message) : base(message) => Code = Basics.ErrorCodes.LimitExceeded;

    public LimitError() : this("A limit was exceeded.") { }

    public LimitError(string message, Exception innerException) : base(message, innerException) => Code = Basics.ErrorCodes.LimitExceeded;
}
