using Aula.Graph.Basics;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Aula.Graph.Schema.Scalars;

public sealed class IsoWeekGraphType : ScalarGraphType
{
    public IsoWeekGraphType()
    {
        Name = "IsoWeek";
        Description = "An ISO 8601 week, such as `2026-W48`.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => ParseValue((string)s.Value),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        IsoWeek week => week,
        string s when IsoWeek.TryParse(s, out var week) => week,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        IsoWeek week => week.ToString(),
        _ => ThrowSerializationError(value),
    };
}
