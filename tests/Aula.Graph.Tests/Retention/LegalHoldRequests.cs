using System.Text.Json.Nodes;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Retention;

/// The legal hold documents the tests share, and an administrator of a second municipality.
internal static class LegalHoldRequests
{
    private const string Hold = "childId reason setAt deletionDueOn";

    public const string Holds = $"{{ legalHolds {{ {Hold} }} }}";

    public const string Due = """
        query($withinDays: Int!) { childrenDueForDeletion(withinDays: $withinDays) { childId lastEnrolledUntil deletionDueOn institutions } }
        """;

    public static async Task<JsonNode> SetAsync(GraphQLClient client, string childId, string reason)
    {
        var response = await client.PostAsync(
            $"mutation($input: SetLegalHoldInput!) {{ setLegalHold(input: $input) {{ legalHold {{ {Hold} }} errors {{ code message field }} }} }}",
            new { input = new { childId, reason } });
        return response.Ok()["setLegalHold"]!;
    }

    public static async Task<JsonNode> ReleaseAsync(GraphQLClient client, string childId)
    {
        var response = await client.PostAsync(
            $"mutation($input: ReleaseLegalHoldInput!) {{ releaseLegalHold(input: $input) {{ legalHold {{ {Hold} }} errors {{ code message field }} }} }}",
            new { input = new { childId } });
        return response.Ok()["releaseLegalHold"]!;
    }

    public static async Task<JsonArray> HoldsAsync(GraphQLClient client) =>
        (await client.PostAsync(Holds)).Ok()["legalHolds"]!.AsArray();

    public static string Code(JsonNode payload) => payload["errors"]![0]!["code"]!.GetValue<string>();

    /// Vestby Kommune with one administrator, `vera.vest`, and no children.
    public static async Task<string> AddOtherAdministratorAsync(this AulaFactory factory)
    {
        await using var db = factory.Db();
        var vestby = new Municipality { Code = "998", Name = "Vestby Kommune" };
        var vera = new Person { Login = "vera.vest", FirstName = "Vera", LastName = "Vest" };
        vera.Profiles.Add(new Profile { Kind = ProfileKind.Administrator, Municipality = vestby });
        db.AddRange(vestby, vera);
        await db.SaveChangesAsync();
        return "vera.vest";
    }
}
