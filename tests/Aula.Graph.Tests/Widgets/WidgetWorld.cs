using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Widgets;

/// The demo widgets (`ugeplan-overblik` at Solby Skole, `hverdagskalender` at the daycare, trusted documents only),
/// tokens for them, and a vendor's client holding one.
internal static class WidgetWorld
{
    public const string Plans = "ugeplan-overblik";
    public const string Day = "hverdagskalender";

    public static string Widget(this AulaFactory factory, string key) =>
        GlobalId.Encode("Widget", factory.Query(db => db.Widgets.Single(w => w.Key == key).Id));

    /// The whole `widgetToken` payload for a person.
    public static async Task<JsonNode> WidgetTokenPayloadAsync(this AulaFactory factory, string login, string key, string? clientId = null) =>
        (await factory.GraphQL(login, clientId: clientId).PostAsync(
            "mutation($id: ID!) { widgetToken(widgetId: $id) { token expiresAt scopes children { id } errors { code } } }",
            new { id = factory.Widget(key) })).Ok()["widgetToken"]!;

    public static async Task<string> WidgetTokenAsync(this AulaFactory factory, string login, string key) =>
        (await factory.WidgetTokenPayloadAsync(login, key))["token"]!.GetValue<string>();

    /// What the vendor's back end does with the token: calls /graphql.
    public static async Task<GraphQLClient> VendorAsync(this AulaFactory factory, string login, string key) =>
        new(factory.CreateClient(), await factory.WidgetTokenAsync(login, key));

    /// Registers a widget and enables it at the named institutions.
    public static async Task RegisterAsync(this AulaFactory factory, WidgetManifest manifest, params string[] institutions)
    {
        await using var db = factory.Services.GetRequiredService<IDbContextFactory<AulaDbContext>>().CreateDbContext();
        var widget = await manifest.ApplyAsync(db, CancellationToken.None);
        var ids = await db.Institutions.Where(i => institutions.Contains(i.Name)).Select(i => i.Id).ToListAsync();
        db.InstitutionWidgets.AddRange(ids.Select(i => new InstitutionWidget { InstitutionId = i, WidgetId = widget.Id, EnabledAt = DateTimeOffset.UtcNow }));
        await db.SaveChangesAsync();
    }

    /// Runs a registered document by its `documentId` instead of sending its text.
    public static async Task<GraphQLResponse> PostDocumentAsync(this GraphQLClient client, string document, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { documentId = "sha256:" + WidgetManifest.HashOf(document), variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        return await client.SendAsync(request);
    }

    public static IEnumerable<string> Ids(this JsonNode? list) =>
        list!.AsArray().Select(n => n!["id"]!.GetValue<string>());
}
