using System.Text.Json.Nodes;
using Aula.Graph.Basics;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Consents;

/// The documents the consent tests send, and the demo's consent definitions by key.
internal static class ConsentRequests
{
    public const string Consents = """
        query($id: ID!) {
          node(id: $id) { ... on Child { consents { definition { key } myAnswer { granted scope answeredAt } answers { guardian { displayName } granted scope } } } }
        }
        """;

    public const string History = """
        query($id: ID!) {
          node(id: $id) { ... on Child { consentHistory { definition { key } guardian { displayName } changedBy { displayName } fromGranted fromScope toGranted toScope changedAt } } }
        }
        """;

    public const string Answer = """
        mutation($input: AnswerConsentInput!) {
          answerConsent(input: $input) {
            consent { definition { key } myAnswer { granted scope answeredAt } answers { guardian { displayName } granted scope } }
            errors { code message field }
          }
        }
        """;

    public static string Definition(this AulaFactory factory, string key) =>
        GlobalId.Encode("ConsentDefinition", factory.Query(db => db.ConsentDefinitions.Single(d => d.Key == key).Id));

    public static object Input(string childId, string definitionId, bool granted, string? scope = null) =>
        new { input = new { childId, definitionId, granted, scope } };

    public static async Task<JsonArray> ConsentsAsync(GraphQLClient client, string childId) =>
        (await client.PostAsync(Consents, new { id = childId })).Ok()["node"]!["consents"]!.AsArray();

    public static async Task<JsonArray> HistoryAsync(GraphQLClient client, string childId) =>
        (await client.PostAsync(History, new { id = childId })).Ok()["node"]!["consentHistory"]!.AsArray();

    public static async Task<JsonNode> AnswerAsync(GraphQLClient client, object variables) =>
        (await client.PostAsync(Answer, variables)).Ok()["answerConsent"]!;

    public static JsonNode Of(JsonArray consents, string key) =>
        consents.Single(c => c!["definition"]!["key"]!.GetValue<string>() == key)!;

    public static List<string> Keys(JsonArray consents) => [.. consents.Select(c => c!["definition"]!["key"]!.GetValue<string>())];
}
