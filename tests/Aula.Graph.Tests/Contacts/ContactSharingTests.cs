using Aula.Graph.Tests.Infrastructure;
using static Aula.Graph.Tests.Consents.ConsentRequests;
using static Aula.Graph.Tests.Contacts.ContactRequests;

namespace Aula.Graph.Tests.Contacts;

/// Guardians see another guardian's contact details only while that guardian shares them, at the scope answered.
/// In the demo, Mette shares for Sofie (3A) with the class and for Oliver (Mariehønen) with the whole daycare.
public sealed class ContactSharingTests : IDisposable
{
    private const string Shared = "{ me { sharedContacts(first: 100) { totalCount nodes { id displayName contact { phone email address } } } } }";

    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    private string Mette => factory.Person("mette.hansen");

    [Fact]
    public async Task GuardianInTheClassSeesASharingGuardianUntilSheDeclinesThenNotFromTheNextRequest()
    {
        var peter = factory.GraphQL("peter.jensen");
        var phone = factory.Query(db => db.People.Single(p => p.Login == "mette.hansen").Phone);

        var before = await ContactAsync(peter, Mette);
        var listed = (await peter.PostAsync(Shared)).Ok()["me"]!["sharedContacts"]!["nodes"]!.AsArray();
        await ShareAsync(factory, "Sofie Hansen", scope: null);
        var after = await ContactAsync(peter, Mette);

        Assert.Equal(phone, before!["phone"]!.GetValue<string>());
        Assert.Equal("Mælkebøttevej 7, 9999 Solby", before["address"]!.GetValue<string>());
        Assert.Contains(listed, p => p!["id"]!.GetValue<string>() == Mette);
        Assert.All(listed, p => Assert.NotNull(p!["contact"]));
        Assert.Null(after);
        Assert.DoesNotContain(Mette, (await peter.PostAsync(Shared)).Ok().ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task YearScopeReachesTheOtherClassOfTheGradeAndClassScopeDoesNot()
    {
        var otherClass = factory.GraphQL(factory.GuardianOnlyIn("3B", "SFO Stjernen"));
        var otherGrade = factory.GraphQL(factory.GuardianOnlyIn("2A", "SFO Stjernen"));

        var withClass = await ContactAsync(otherClass, Mette);
        await ShareAsync(factory, "Sofie Hansen", "YEAR");

        Assert.Null(withClass);
        Assert.NotNull(await ContactAsync(otherClass, Mette));
        Assert.Null(await ContactAsync(otherGrade, Mette));
    }

    [Fact]
    public async Task ClassScopeMeansTheClassNotTheSfoDepartmentBesideIt()
    {
        var sameSfo = factory.GraphQL(factory.GuardianOnlyIn("SFO Stjernen", "2A"));

        var withClass = await ContactAsync(sameSfo, Mette);
        await ShareAsync(factory, "Sofie Hansen", "INSTITUTION");

        Assert.Null(withClass);
        Assert.NotNull(await ContactAsync(sameSfo, Mette));
    }

    [Fact]
    public async Task InstitutionScopeReachesTheWholeSchoolButNeverAnotherInstitution()
    {
        var school = factory.GraphQL(factory.GuardianOnlyIn("1A", "SFO Regnbuen"));
        var daycare = factory.GraphQL(factory.GuardianOnlyIn("Sommerfuglene"));
        await ShareAsync(factory, "Oliver Hansen", scope: null);

        var withYear = await ShareThenReadAsync("YEAR", school);
        var withInstitution = await ShareThenReadAsync("INSTITUTION", school);
        var atDaycare = await ContactAsync(daycare, Mette);
        // Each answer counts for its own child: sharing for Oliver reaches his daycare.
        await ShareAsync(factory, "Oliver Hansen", "INSTITUTION");

        Assert.Null(withYear);
        Assert.NotNull(withInstitution);
        Assert.Null(atDaycare);
        Assert.NotNull(await ContactAsync(daycare, Mette));
    }

    private async Task<System.Text.Json.Nodes.JsonNode?> ShareThenReadAsync(string scope, GraphQLClient reader)
    {
        await ShareAsync(factory, "Sofie Hansen", scope);
        return await ContactAsync(reader, Mette);
    }

    [Fact]
    public async Task CoGuardianSeesTheOtherGuardianOnlyWhileSheSharesForAChildOfTheirs()
    {
        var thomas = factory.GraphQL("thomas.hansen");

        var sharing = await ContactAsync(thomas, Mette);
        await ShareAsync(factory, "Sofie Hansen", scope: null);
        var stillForOliver = await ContactAsync(thomas, Mette);
        await ShareAsync(factory, "Oliver Hansen", scope: null);
        var response = (await thomas.PostAsync(PersonContact, new { id = Mette })).Ok();

        Assert.NotNull(sharing);
        Assert.NotNull(stillForOliver);
        Assert.Equal("Mette Hansen", response["node"]!["displayName"]!.GetValue<string>());
        Assert.Null(response["node"]!["contact"]);
    }

    [Fact]
    public async Task EveryoneSeesTheirOwnGuardiansTheirChildrensAndPupilsNobodyElses()
    {
        var mette = factory.GraphQL("mette.hansen");
        var sofie = factory.GraphQL("sofie.hansen");
        const string Own = "{ me { person { contact { email address } } } }";

        var metteOwn = (await mette.PostAsync(Own)).Ok()["me"]!["person"]!["contact"]!;
        var child = (await mette.PostAsync(ChildContact, new { id = factory.Child("Sofie", "Hansen") })).Ok()["node"]!;
        var sofieOwn = (await sofie.PostAsync(Own)).Ok()["me"]!["person"]!["contact"]!;
        var asPupil = (await sofie.PostAsync(ChildContact, new { id = factory.Child("Sofie", "Hansen") })).Ok()["node"]!;
        var teacher = await ContactAsync(sofie, factory.Person("lars.nielsen"));

        Assert.Equal("mette.hansen@example.dk", metteOwn["email"]!.GetValue<string>());
        Assert.Equal("Mælkebøttevej 7, 9999 Solby", child["contact"]!["address"]!.GetValue<string>());
        Assert.Equal("Mælkebøttevej 7, 9999 Solby", sofieOwn["address"]!.GetValue<string>());
        Assert.Null(asPupil["contact"]!["email"]);
        Assert.Equal(2, asPupil["guardians"]!.AsArray().Count);
        Assert.All(asPupil["guardians"]!.AsArray(), g => Assert.Null(g!["contact"]));
        Assert.Null(teacher);
        Assert.NotNull((await sofie.PostAsync(PersonContact, new { id = factory.Person("lars.nielsen") })).Ok()["node"]);
    }

    [Fact]
    public async Task GuardiansReadingCreateNoAccessLogRows()
    {
        var mette = factory.GraphQL("mette.hansen");

        Assert.NotNull(await ContactAsync(factory.GraphQL("peter.jensen"), Mette));
        Assert.NotNull((await mette.PostAsync(ChildContact, new { id = factory.Child("Sofie", "Hansen") })).Ok()["node"]!["contact"]);
        Assert.NotEmpty(Of(await ConsentsAsync(mette, factory.Child("Sofie", "Hansen")), "contact-sharing")["answers"]!.AsArray());

        Assert.Empty(factory.AccessLog());
    }
}
