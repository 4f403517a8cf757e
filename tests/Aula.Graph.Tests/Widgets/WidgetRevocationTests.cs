using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Widgets;

/// A token outlives neither the institution's choice nor the guardian's consent: each request checks both again.
public sealed class WidgetRevocationTests
{
    private const string Children = "{ children { nodes { id } } }";

    [Fact]
    public async Task DisablingTheWidgetCountsFromTheNextRequest()
    {
        using var factory = new AulaFactory();
        var vendor = await factory.VendorAsync("mette.hansen", WidgetWorld.Plans);
        var sofie = factory.Child("Sofie", "Hansen");
        Assert.Equal([sofie], (await vendor.PostAsync(Children)).Ok()["children"]!["nodes"].Ids());

        var disabled = await factory.GraphQL("karen.larsen").PostAsync(
            "mutation($input: SetWidgetEnabledInput!) { setWidgetEnabled(input: $input) { widget { enabled } errors { code } } }",
            new { input = new { institutionId = factory.Institution("Solby Skole"), widgetId = factory.Widget(WidgetWorld.Plans), enabled = false } });
        Assert.False(disabled.Ok()["setWidgetEnabled"]!["widget"]!["enabled"]!.GetValue<bool>());

        Assert.Empty((await vendor.PostAsync(Children)).Ok()["children"]!["nodes"]!.AsArray());
        Assert.Null((await vendor.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = sofie })).Ok()["node"]);
        Assert.Equal("NOT_FOUND", (await factory.WidgetTokenPayloadAsync("mette.hansen", WidgetWorld.Plans))["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task OnlyTheInstitutionsLeadersEnableWidgets()
    {
        using var factory = new AulaFactory();
        const string Mutation = "mutation($input: SetWidgetEnabledInput!) { setWidgetEnabled(input: $input) { widget { enabled } errors { code } } }";
        var input = new { input = new { institutionId = factory.Institution("Børnehuset Mælkebøtten"), widgetId = factory.Widget(WidgetWorld.Plans), enabled = true } };

        // The daycare's pedagogue and the school's leader may not; the daycare's leader may.
        foreach (var login in (string[])["anne.pedersen", "karen.larsen", "mette.hansen"])
        {
            var refused = (await factory.GraphQL(login).PostAsync(Mutation, input)).Ok()["setWidgetEnabled"]!;
            Assert.Equal("FORBIDDEN", refused["errors"]![0]!["code"]!.GetValue<string>());
        }
        Assert.Equal([factory.Child("Sofie", "Hansen")], (await factory.WidgetTokenPayloadAsync("mette.hansen", WidgetWorld.Plans))["children"].Ids());

        var leader = await factory.GraphQL("dorthe.poulsen").PostAsync(Mutation, input);

        Assert.True(leader.Ok()["setWidgetEnabled"]!["widget"]!["enabled"]!.GetValue<bool>());
        Assert.Equal(2, (await factory.WidgetTokenPayloadAsync("mette.hansen", WidgetWorld.Plans))["children"]!.AsArray().Count);
    }

    [Fact]
    public async Task WithdrawingTheConsentCountsFromTheNextRequest()
    {
        using var factory = new AulaFactory();
        // Mette granted photos-website for Oliver; a widget that asks that consent sees him until she withdraws it.
        await factory.RegisterAsync(new WidgetManifest("fotoalbum", "Fotoalbum", "Billedbyen ApS", WidgetAudience.Guardians,
            [WidgetScopes.GroupsRead], [], ConsentKey: "photos-website"), "Børnehuset Mælkebøtten");
        var vendor = await factory.VendorAsync("mette.hansen", "fotoalbum");
        var oliver = factory.Child("Oliver", "Hansen");
        Assert.Equal([oliver], (await vendor.PostAsync(Children)).Ok()["children"]!["nodes"].Ids());

        var photos = Aula.Graph.Basics.GlobalId.Encode("ConsentDefinition", factory.Query(db => db.ConsentDefinitions.Single(d => d.Key == "photos-website").Id));
        (await factory.GraphQL("mette.hansen").PostAsync(
            "mutation($input: AnswerConsentInput!) { answerConsent(input: $input) { errors { code } } }",
            new { input = new { childId = oliver, definitionId = photos, granted = false } })).Ok();

        Assert.Empty((await vendor.PostAsync(Children)).Ok()["children"]!["nodes"]!.AsArray());
        Assert.Null((await vendor.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = oliver })).Ok()["node"]);
    }
}
