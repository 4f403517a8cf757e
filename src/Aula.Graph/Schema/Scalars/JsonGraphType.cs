using System.Globalization;
using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Aula.Graph.Schema.Scalars;

/// Any JSON value, written into the response as JSON itself (an object stays an object, not a string).
/// Resolvers return a <see cref="JsonElement"/>; as input, literals and variables become plain values.
public sealed class JsonGraphType : ScalarGraphType
{
    public JsonGraphType()
    {
        Name = "JSON";
        Description = "Any JSON value (object, array, string, number, boolean or null), sent as JSON, not as a string.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        JsonElement element => element,
        JsonDocument document => document.RootElement.Clone(),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        JsonElement element => element.Clone(),
        _ => value,
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLBooleanValue b => b.BoolValue,
        GraphQLStringValue s => (string)s.Value,
        GraphQLEnumValue e => (string)e.Name.Value,
        GraphQLIntValue i => decimal.Parse(i.Value, NumberStyles.Integer, CultureInfo.InvariantCulture),
        GraphQLFloatValue f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        GraphQLListValue list => list.Values?.Select(ParseLiteral).ToList() ?? [],
        GraphQLObjectValue obj => obj.Fields?.ToDictionary(f => (string)f.Name.Value, f => ParseLiteral(f.Value)) ?? [],
        _ => ThrowLiteralConversionError(value),
    };
}
