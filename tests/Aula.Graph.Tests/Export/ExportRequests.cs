using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Export;

/// Takes exports over HTTP and GraphQL, and reads their sections.
internal static class ExportRequests
{
    public const string Query = "{ exportMyData }";

    public static async Task<HttpResponseMessage> DownloadAsync(this AulaFactory factory, string? login, bool mfa = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/me/export");
        if (login is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", factory.TokenFor(login, mfa));
        }
        return await factory.CreateClient().SendAsync(request);
    }

    /// The export of a person signed in with a second factor, through the download.
    public static async Task<JsonObject> ExportAsync(this AulaFactory factory, string login)
    {
        using var response = await factory.DownloadAsync(login);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public static JsonObject Section(this JsonObject export, string name) => export["sections"]![name]!.AsObject();

    public static List<JsonObject> Rows(this JsonObject export, string name) =>
        [.. export.Section(name)["rows"]!.AsArray().Select(r => r!.AsObject())];

    public static List<int> Ints(this JsonObject export, string name, string column) =>
        [.. export.Rows(name).Where(r => r[column] is not null).Select(r => r[column]!.GetValue<int>())];

    public static int PersonId(this AulaFactory factory, string firstName, string lastName) =>
        factory.Query(db => db.People.Single(p => p.FirstName == firstName && p.LastName == lastName).Id);

    public static int LoginId(this AulaFactory factory, string login) =>
        factory.Query(db => db.People.Single(p => p.Login == login).Id);
}
