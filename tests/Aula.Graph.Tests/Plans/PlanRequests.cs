using System.Globalization;
using System.Text.Json.Nodes;
using Aula.Graph.Basics;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Plans;

/// The documents the plan tests send.
internal static class PlanRequests
{
    public const string Save = """
        mutation($input: SaveWeeklyPlanInput!) {
          saveWeeklyPlan(input: $input) {
            weeklyPlan { id week publishAt author { displayName } entries { day subject text } }
            errors { code message field }
          }
        }
        """;

    public const string Read = """
        query($groupId: ID!, $week: IsoWeek!) {
          weeklyPlans(groupId: $groupId, from: $week, to: $week) { id week publishAt author { displayName } entries { day subject text } }
        }
        """;

    /// A week that the demo data has no plans for yet.
    public static IsoWeek Unplanned => new AulaClock(TimeProvider.System).CurrentWeek.Next.Next;

    public static object Entry(string day, string? subject, string text) => new { day, subject, text };

    public static object Input(string groupId, IsoWeek week, IEnumerable<object> entries, DateTimeOffset? publishAt = null) =>
        new { input = new { groupId, week = week.ToString(), publishAt = publishAt?.ToString("O", CultureInfo.InvariantCulture), entries } };

    public static async Task<JsonNode> SaveAsync(GraphQLClient client, object variables) =>
        (await client.PostAsync(Save, variables)).Ok()["saveWeeklyPlan"]!;

    public static async Task<JsonArray> ReadAsync(GraphQLClient client, string groupId, IsoWeek week) =>
        (await client.PostAsync(Read, new { groupId, week = week.ToString() })).Ok()["weeklyPlans"]!.AsArray();

    public static DateTimeOffset Instant(JsonNode? node) =>
        DateTimeOffset.Parse(node!.GetValue<string>(), CultureInfo.InvariantCulture);

    public static List<string?> Fields(JsonNode payload) =>
        [.. payload["errors"]!.AsArray().Select(e => e!["field"] is JsonArray path ? string.Join('.', path.Select(p => p!.GetValue<string>())) : null)];
}
