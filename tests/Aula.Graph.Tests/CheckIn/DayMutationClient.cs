using System.Text.Json.Nodes;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.CheckIn;

/// The check-in mutations as a client calls them: each returns the payload (day or days, and errors).
internal static class DayMutationClient
{
    private const string DayFields = "day { date status checkedInAt checkedOutAt plannedPickup note pickup { kind } } errors { code message field }";

    public static Task<JsonNode> CallAsync(this GraphQLClient client, string mutation, string inputType, object input, string fields = DayFields) =>
        PayloadAsync(client, $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {fields} }} }}", mutation, input);

    public static Task<JsonNode> HolidayAsync(this GraphQLClient client, string mutation, object input) =>
        PayloadAsync(client, $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $input) {{ days {{ date status }} errors {{ code message field }} }} }}", mutation, input);

    public static string[] Codes(this JsonNode payload) =>
        [.. payload["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>())];

    public static JsonNode DayOf(this JsonNode payload) => Assert.IsAssignableFrom<JsonNode>(payload["day"]);

    private static async Task<JsonNode> PayloadAsync(GraphQLClient client, string document, string mutation, object input) =>
        (await client.PostAsync(document, new { input })).Ok()[mutation]!;
}
