using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aula.Graph.Tests.Access.Matrix;

internal static class JsonPaths
{
    /// The values at a dotted path; lists on the way are walked item by item, so `children.nodes.id` is every ID.
    public static IEnumerable<string> ValuesAt(JsonNode? node, string path)
    {
        IEnumerable<JsonNode?> current = [node];
        foreach (var name in path.Split('.'))
        {
            current = current.SelectMany(Flatten).Select(n => n is JsonObject o ? o[name] : null);
        }
        return current.SelectMany(Flatten).OfType<JsonValue>()
            .Select(v => v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString());
    }

    /// The `code`s of a payload's user errors.
    public static List<string> Codes(JsonNode? errors) => [.. ValuesAt(errors, "code")];

    private static IEnumerable<JsonNode?> Flatten(JsonNode? node) => node is JsonArray array ? array.SelectMany(Flatten) : [node];
}
