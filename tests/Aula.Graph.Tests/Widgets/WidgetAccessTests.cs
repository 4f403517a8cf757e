using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Widgets;

/// A vendor holding Mette's token for the plans widget (enabled at Solby Skole only) sees Sofie, her school groups
/// and their plans, and nothing else: anything outside answers as not found.
public sealed class WidgetAccessTests : IDisposable
{
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task VendorSeesOnlyTheChildrenAtInstitutionsThatEnabledTheWidget()
    {
        var vendor = await factory.VendorAsync("mette.hansen", WidgetWorld.Plans);

        var children = (await vendor.PostAsync("{ children { nodes { id firstName } } }")).Ok()["children"]!["nodes"];

        // Oliver is Mette's too, but his daycare has not enabled the widget.
        Assert.Equal([factory.Child("Sofie", "Hansen")], children.Ids());
    }

    [Theory]
    [InlineData("Oliver", "Hansen")]
    [InlineData("Noah", "Jensen")]
    public async Task AnotherChildByIdIsNotFound(string firstName, string lastName)
    {
        var vendor = await factory.VendorAsync("mette.hansen", WidgetWorld.Plans);
        const string Query = "query($id: ID!) { node(id: $id) { id } }";

        var other = await vendor.PostAsync(Query, new { id = factory.Child(firstName, lastName) });
        var nothing = await vendor.PostAsync(Query, new { id = "Q2hpbGQ6OTg3NjU0MzIx" });

        Assert.Null(other.Ok()["node"]);
        Assert.Equal(nothing.Body.ToJsonString(), other.Body.ToJsonString());
    }

    [Theory]
    [InlineData("{ threads { nodes { id } } }")]
    [InlineData("{ me { person { id } } }")]
    [InlineData("{ children { nodes { contact { phone } } } }")]
    [InlineData("{ children { nodes { guardians { id } } } }")]
    [InlineData("{ children { nodes { consents { definition { id } } } } }")]
    [InlineData("{ children { nodes { day { status } } } }")]
    [InlineData("{ exportMyData }")]
    [InlineData("mutation { widgetToken(widgetId: \"V2lkZ2V0OjE=\") { token } }")]
    public async Task FieldsOutsideTheScopesAnswerNotFoundAndNothingRuns(string document)
    {
        var vendor = await factory.VendorAsync("mette.hansen", WidgetWorld.Plans);

        var response = await vendor.PostAsync(document);

        Assert.Null(response.Data);
        Assert.Contains("NOT_FOUND", response.Codes);
        Assert.StartsWith("Cannot query field", response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessagesAreNotFoundEvenByIdAndFragment()
    {
        var vendor = await factory.VendorAsync("mette.hansen", WidgetWorld.Plans);
        var thread = factory.Query(db => db.Threads.Single(t => t.Subject == "Sofie er syg i dag").Id);
        var id = Basics.GlobalId.Encode("ChatThread", thread);

        var bare = await vendor.PostAsync("query($id: ID!) { node(id: $id) { id __typename } }", new { id });
        var typed = await vendor.PostAsync("query($id: ID!) { node(id: $id) { ... on ChatThread { subject messages { nodes { body } } } } }", new { id });

        Assert.Null(bare.Ok()["node"]);
        Assert.Contains("NOT_FOUND", typed.Codes);
        Assert.Null(typed.Data);
    }

    [Fact]
    public async Task GroupsAndPlansStayWithinTheEnablingInstitution()
    {
        var vendor = await factory.VendorAsync("mette.hansen", WidgetWorld.Plans);

        var data = (await vendor.PostAsync(
            "{ children { nodes { institutions { name } groups { name institutions { name } weeklyPlan { week entries { text } } } } } }")).Ok();
        var sofie = data["children"]!["nodes"]![0]!;

        // Sofie is at the school and its SFO; only the school enabled the widget.
        Assert.Equal(["Solby Skole"], sofie["institutions"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()));
        Assert.Contains(sofie["groups"]!.AsArray(), g => g!["name"]!.GetValue<string>() == "3A");
        Assert.All(sofie["groups"]!.AsArray(), g =>
            Assert.All(g!["institutions"]!.AsArray(), i => Assert.Equal("Solby Skole", i!["name"]!.GetValue<string>())));
        var sfoGroup = factory.Query(db => db.Groups.Where(g => g.Institutions.All(i => i.Institution.Name == "Solby Skoles SFO")).Select(g => g.Id).First());
        var node = await vendor.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = Basics.GlobalId.Encode("Group", sfoGroup) });
        Assert.Null(node.Ok()["node"]);
    }

    [Fact]
    public async Task EveryReadThroughAWidgetIsInTheChildsAccessLog()
    {
        var vendor = await factory.VendorAsync("mette.hansen", WidgetWorld.Plans);
        (await vendor.PostAsync("{ children { nodes { firstName } } }")).Ok();

        var log = await factory.GraphQL("thomas.hansen").PostAsync(
            "query($c: ID!) { accessLog(childId: $c) { nodes { kind client actor { name } } } }", new { c = factory.Child("Sofie", "Hansen") });

        Assert.Contains(log.Ok()["accessLog"]!["nodes"]!.AsArray(), e =>
            e!["kind"]!.GetValue<string>() == "THIRD_PARTY_CLIENT"
            && e["client"]!.GetValue<string>() == "widget:ugeplan-overblik"
            && e["actor"]!["name"]!.GetValue<string>() == "Mette Hansen");
    }

    [Fact]
    public async Task APresenceWidgetSeesTheDayButNotTheNoteTheGroupsOrAnotherInstitutionsDay()
    {
        using var own = new AulaFactory();
        await own.RegisterAsync(new WidgetManifest("dagsoverblik", "Dagsoverblik", "Dagsværk ApS", WidgetAudience.Guardians,
            [WidgetScopes.CheckInRead], []), "Børnehuset Mælkebøtten");
        var vendor = await own.VendorAsync("mette.hansen", "dagsoverblik");

        var children = (await vendor.PostAsync("{ children { nodes { id day { status plannedPickup } } } }")).Ok()["children"]!["nodes"]!.AsArray();

        // Oliver's daycare enabled it; Sofie's SFO did not, so her day is not there at all.
        Assert.Equal([own.Child("Oliver", "Hansen")], children.Ids());
        Assert.NotNull(children[0]!["day"]!["status"]);
        foreach (var outside in (string[])["{ children { nodes { day { note } } } }", "{ children { nodes { day { history { at } } } } }", "{ children { nodes { groups { id } } } }"])
        {
            Assert.Contains("NOT_FOUND", (await vendor.PostAsync(outside)).Codes);
        }
    }
}
