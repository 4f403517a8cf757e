using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Aula.Graph.Tests.Messaging;

namespace Aula.Graph.Tests.Access;

/// Reads through a client other than the platform's own are logged for each child whose data the response
/// holds, and once for the account they went through.
public sealed class AccessLogThirdPartyTests : IDisposable
{
    private const string Widget = "timetable-widget";
    private readonly AulaFactory factory = new(settings: new Dictionary<string, string?> { ["Auth:FirstPartyClients:0"] = "aula-app" });

    public void Dispose() => factory.Dispose();

    private List<AccessLogEntry> ThirdParty() => [.. factory.LogEntries().Where(e => e.Kind == AccessKind.ThirdPartyClient)];

    [Fact]
    public async Task EachChildInTheResponseIsLoggedWithTheClient()
    {
        (await factory.GraphQL("mette.hansen", clientId: Widget).PostAsync("{ children { nodes { firstName } } }")).Ok();

        var entries = ThirdParty();
        Assert.All(entries, e => Assert.Equal((factory.PersonKey("mette.hansen"), Widget), (e.ActorId, e.ClientId)));
        Assert.Equal(new[] { factory.ChildKey("Oliver"), factory.ChildKey("Sofie") }.Order(), entries.Where(e => e.ChildId is not null).Select(e => e.ChildId!.Value).Order());
        // The account the client read through.
        Assert.Equal(factory.PersonKey("mette.hansen"), Assert.Single(entries, e => e.ChildId is null).PersonId);
    }

    [Fact]
    public async Task OnlyTheChildrenWhoseDataWasReturnedAreLogged()
    {
        var sofie = factory.Child("Sofie", "Hansen");
        (await factory.GraphQL("mette.hansen", clientId: Widget).PostAsync("query($id: ID!) { node(id: $id) { ... on Child { groups { name } } } }", new { id = sofie })).Ok();
        (await factory.GraphQL("mette.hansen", clientId: Widget).PostAsync("{ children { totalCount } me { assuranceLevel } }")).Ok();

        Assert.Equal([factory.ChildKey("Sofie")], ThirdParty().Where(e => e.ChildId is not null).Select(e => e.ChildId!.Value));
        Assert.Equal(2, ThirdParty().Count(e => e.PersonId == factory.PersonKey("mette.hansen")));
    }

    [Fact]
    public async Task AChildReachedAsAPersonIsLoggedAsThatChild()
    {
        (await factory.GraphQL("sofie.hansen", clientId: Widget).PostAsync("{ me { person { displayName } } }")).Ok();
        (await factory.GraphQL("lars.nielsen", clientId: Widget).PostAsync("{ me { person { displayName } } }")).Ok();

        var sofie = ThirdParty().Where(e => e.ActorId == factory.PersonKey("sofie.hansen")).ToList();
        Assert.Equal(factory.ChildKey("Sofie"), Assert.Single(sofie, e => e.ChildId is not null).ChildId);
        // A grown-up's own name is not a child's data: only the read through the account is logged.
        Assert.Null(Assert.Single(ThirdParty(), e => e.ActorId == factory.PersonKey("lars.nielsen")).ChildId);
    }

    [Fact]
    public async Task ConsentsReadThroughAClientAreLoggedForTheirChild()
    {
        var sofie = factory.Child("Sofie", "Hansen");
        (await factory.GraphQL("mette.hansen", clientId: Widget).PostAsync(
            "query($id: ID!) { node(id: $id) { ... on Child { consentHistory { toGranted } } } }", new { id = sofie })).Ok();

        Assert.Contains(ThirdParty(), e => e.ChildId == factory.ChildKey("Sofie"));
    }

    [Fact]
    public async Task FirstPartyAppsAndTokensWithoutAClientAreNotLogged()
    {
        (await factory.GraphQL("mette.hansen", clientId: "aula-app").PostAsync("{ children { nodes { firstName } } }")).Ok();
        (await factory.GraphQL("mette.hansen").PostAsync("{ children { nodes { firstName } } }")).Ok();

        Assert.Empty(factory.LogEntries());
    }

    [Fact]
    public async Task ASensitiveReadThroughAClientCarriesTheClient()
    {
        (await factory.GraphQL("mette.hansen", mfa: true, clientId: Widget).PostAsync(
            "query($id: ID!) { node(id: $id) { ... on ChatThread { subject } } }", new { id = factory.Thread("Sofies allergi") })).Ok();

        var entry = Assert.Single(factory.LogEntries(), e => e.Kind == AccessKind.SensitiveThread);
        Assert.Equal(Widget, entry.ClientId);
    }

    [Fact]
    public async Task TheDevelopmentTokenEndpointIssuesATokenForAClient()
    {
        var http = factory.CreateClient();
        var response = await http.PostAsJsonAsync("/dev/token", new { login = "mette.hansen", mfa = false, clientId = Widget });
        var token = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["token"]!.GetValue<string>();

        (await new GraphQLClient(http, token).PostAsync("{ me { assuranceLevel } }")).Ok();

        Assert.Equal(Widget, Assert.Single(ThirdParty()).ClientId);
    }
}
