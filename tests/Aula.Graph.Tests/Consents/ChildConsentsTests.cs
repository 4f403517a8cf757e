using Aula.Graph.Tests.Infrastructure;
using static Aula.Graph.Tests.Consents.ConsentRequests;

namespace Aula.Graph.Tests.Consents;

/// Which consents apply to a child, and whose answers each viewer sees.
public sealed class ChildConsentsTests : IDisposable
{
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task GuardianSeesTheConsentsThatApplyToEachChildWithTheirOwnAnswers()
    {
        var mette = factory.GraphQL("mette.hansen");
        var sofie = await ConsentsAsync(mette, factory.Child("Sofie", "Hansen"));
        var oliver = await ConsentsAsync(mette, factory.Child("Oliver", "Hansen"));

        Assert.Equal(["contact-sharing", "photos-website", "info-exchange", "school-photo"], Keys(sofie));
        Assert.Equal(["contact-sharing", "photos-website", "info-exchange"], Keys(oliver));
        Assert.True(Of(sofie, "contact-sharing")["myAnswer"]!["granted"]!.GetValue<bool>());
        Assert.Equal("CLASS", Of(sofie, "contact-sharing")["myAnswer"]!["scope"]!.GetValue<string>());
        Assert.False(Of(sofie, "photos-website")["myAnswer"]!["granted"]!.GetValue<bool>());
        Assert.Null(Of(sofie, "info-exchange")["myAnswer"]);
        Assert.Equal("Mette Hansen", Assert.Single(Of(sofie, "contact-sharing")["answers"]!.AsArray())!["guardian"]!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task CoGuardianSeesTheOtherGuardiansAnswersButHasNoneOfTheirOwn()
    {
        var consent = Of(await ConsentsAsync(factory.GraphQL("thomas.hansen"), factory.Child("Sofie", "Hansen")), "school-photo");

        Assert.Null(consent["myAnswer"]);
        Assert.Equal("Mette Hansen", Assert.Single(consent["answers"]!.AsArray())!["guardian"]!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task StaffSeeTheAnswersOfTheirInstitutionsChildren()
    {
        var consents = await ConsentsAsync(factory.GraphQL("lars.nielsen"), factory.Child("Sofie", "Hansen"));

        Assert.Equal(4, consents.Count);
        Assert.All(consents, c => Assert.Null(c!["myAnswer"]));
        Assert.Single(Of(consents, "photos-website")["answers"]!.AsArray());
    }

    [Fact]
    public async Task PupilSeesTheirConsentsButNotTheirGuardiansAnswers()
    {
        var consents = await ConsentsAsync(factory.GraphQL("sofie.hansen"), factory.Child("Sofie", "Hansen"));

        Assert.Equal(4, consents.Count);
        Assert.All(consents, c => Assert.Empty(c!["answers"]!.AsArray()));
        Assert.Empty(await HistoryAsync(factory.GraphQL("sofie.hansen"), factory.Child("Sofie", "Hansen")));
    }

    [Fact]
    public async Task ConsentDefinitionIsANodeOnlyForViewersWithAChildItAppliesTo()
    {
        const string Node = "query($id: ID!) { node(id: $id) { ... on ConsentDefinition { key hasScope } } }";
        var schoolPhoto = new { id = factory.Definition("school-photo") };

        var mette = (await factory.GraphQL("mette.hansen").PostAsync(Node, schoolPhoto)).Ok();
        var anne = (await factory.GraphQL("anne.pedersen").PostAsync(Node, schoolPhoto)).Ok();
        var hanne = (await factory.GraphQL("hanne.vestergaard").PostAsync(Node, new { id = factory.Definition("contact-sharing") })).Ok();

        Assert.Equal("school-photo", mette["node"]!["key"]!.GetValue<string>());
        Assert.Null(anne["node"]);
        Assert.Null(hanne["node"]);
    }

    [Fact]
    public async Task ConsentHistoryIsShownToGuardiansOnly()
    {
        var mette = await HistoryAsync(factory.GraphQL("mette.hansen"), factory.Child("Sofie", "Hansen"));
        var lars = await HistoryAsync(factory.GraphQL("lars.nielsen"), factory.Child("Sofie", "Hansen"));

        // Contact sharing: declined, then granted for the class; photos declined; school photo granted.
        Assert.Equal(4, mette.Count);
        Assert.Empty(lars);
    }
}
