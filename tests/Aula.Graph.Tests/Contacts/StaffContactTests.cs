using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Aula.Graph.Tests.Messaging;
using static Aula.Graph.Tests.Consents.ConsentRequests;
using static Aula.Graph.Tests.Contacts.ContactRequests;

namespace Aula.Graph.Tests.Contacts;

/// Staff see contact details by role, where the child is enrolled today; each read is written to the access log.
public sealed class StaffContactTests : IDisposable
{
    private const string Participants = "query($id: ID!) { node(id: $id) { ... on ChatThread { participants { person { id contact { phone } } } } } }";

    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    private string Sofie => factory.Child("Sofie", "Hansen");

    [Fact]
    public async Task TeacherSeesAChildAndItsGuardiansAndEachReadIsLoggedOnceThroughTheChild()
    {
        var lars = factory.GraphQL("lars.nielsen");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var child = (await lars.PostAsync(ChildContact, new { id = Sofie })).Ok()["node"]!;
        await lars.PostAsync(ChildContact, new { id = Sofie });

        Assert.Equal("Mælkebøttevej 7, 9999 Solby", child["contact"]!["address"]!.GetValue<string>());
        Assert.All(child["guardians"]!.AsArray(), g => Assert.NotNull(g!["contact"]!["phone"]));
        var larsId = factory.Query(db => db.People.Single(p => p.Login == "lars.nielsen").Id);
        var people = new[] { Sofie, factory.Person("mette.hansen"), factory.Person("thomas.hansen") }.Select(Key).Order();
        var log = factory.AccessLog();
        Assert.Equal(6, log.Count); // two requests, three people each
        Assert.All(log, e =>
        {
            Assert.Equal((AccessKind.ContactDetails, larsId, Key(Sofie), (string?)null), (e.Kind, e.ActorId, e.ChildId, e.ClientId));
            Assert.InRange(e.At, before, DateTimeOffset.UtcNow.AddSeconds(1));
        });
        Assert.Equal(people, log.Take(3).Select(e => e.PersonId!.Value).Order());
    }

    [Theory]
    [InlineData("karen.larsen")]
    [InlineData("jette.holm")]
    public async Task LeaderAndAdministrativeStaffOfTheSchoolSeeThemToo(string login)
    {
        var child = (await factory.GraphQL(login).PostAsync(ChildContact, new { id = Sofie })).Ok()["node"]!;

        Assert.NotNull(child["contact"]);
        Assert.All(child["guardians"]!.AsArray(), g => Assert.NotNull(g!["contact"]));
        Assert.Equal(3, factory.AccessLog().Count);
    }

    [Fact]
    public async Task PprSpecialistSeesNoContactDetailsOfTheParentsInTheirThread()
    {
        var thread = new { id = factory.Thread("Noahs trivsel") };
        var peter = factory.Person("peter.jensen");

        var hanne = (await factory.GraphQL("hanne.vestergaard").PostAsync(Participants, thread)).Ok()["node"]!["participants"]!.AsArray();
        var lars = (await factory.GraphQL("lars.nielsen").PostAsync(Participants, thread)).Ok()["node"]!["participants"]!.AsArray();

        Assert.Null(hanne.Single(p => p!["person"]!["id"]!.GetValue<string>() == peter)!["person"]!["contact"]);
        Assert.NotNull(lars.Single(p => p!["person"]!["id"]!.GetValue<string>() == peter)!["person"]!["contact"]);
        Assert.NotNull(hanne.Single(p => p!["person"]!["id"]!.GetValue<string>() == factory.Person("hanne.vestergaard"))!["person"]!["contact"]);
        Assert.DoesNotContain(factory.AccessLog(), e => e.ActorId == Key(factory.Person("hanne.vestergaard")));
    }

    [Fact]
    public async Task MunicipalAdministratorSeesOnlyTheirOwn()
    {
        var ida = factory.GraphQL("ida.lund");

        var own = (await ida.PostAsync("{ me { person { contact { email } } } }")).Ok()["me"]!["person"]!["contact"]!;

        Assert.Equal("ida.lund@example.dk", own["email"]!.GetValue<string>());
        Assert.Null(await ContactAsync(ida, factory.Person("mette.hansen")));
        Assert.Null((await ida.PostAsync(ChildContact, new { id = Sofie })).Ok()["node"]);
        Assert.Empty(factory.AccessLog());
    }

    [Fact]
    public async Task DaycarePedagogueSeesSofiesMotherOnlyThroughOliverAndNotSofie()
    {
        var anne = factory.GraphQL("anne.pedersen");
        var oliver = factory.Child("Oliver", "Hansen");

        var child = (await anne.PostAsync(ChildContact, new { id = oliver })).Ok()["node"]!;
        var sofie = (await anne.PostAsync(ChildContact, new { id = Sofie })).Ok()["node"];

        Assert.NotNull(child["contact"]);
        Assert.Contains(child["guardians"]!.AsArray(), g => g!["id"]!.GetValue<string>() == factory.Person("mette.hansen") && g["contact"] is not null);
        Assert.Null(sofie);
        Assert.All(factory.AccessLog(), e => Assert.Equal(Key(oliver), e.ChildId));
        Assert.Contains(factory.AccessLog(), e => e.PersonId == Key(factory.Person("mette.hansen")));
    }

    [Fact]
    public async Task StaffReadOfConsentAnswersIsLoggedAndReadingOnlyTheDefinitionsIsNot()
    {
        var lars = factory.GraphQL("lars.nielsen");

        var definitions = (await lars.PostAsync("query($id: ID!) { node(id: $id) { ... on Child { consents { definition { key } myAnswer { granted } } } } }", new { id = Sofie })).Ok();
        var nothingLogged = factory.AccessLog();
        var answers = await ConsentsAsync(lars, Sofie);

        Assert.Equal(4, definitions["node"]!["consents"]!.AsArray().Count);
        Assert.Empty(nothingLogged);
        Assert.NotEmpty(Of(answers, "contact-sharing")["answers"]!.AsArray());
        var entry = Assert.Single(factory.AccessLog());
        var larsId = Key(factory.Person("lars.nielsen"));
        Assert.Equal((AccessKind.Consents, larsId, Key(Sofie), (int?)null), (entry.Kind, entry.ActorId, entry.ChildId, entry.PersonId));
    }
}
