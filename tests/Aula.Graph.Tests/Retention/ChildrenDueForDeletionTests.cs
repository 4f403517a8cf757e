using Aula.Graph.Basics;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static Aula.Graph.Tests.Retention.LegalHoldRequests;

namespace Aula.Graph.Tests.Retention;

/// How an administrator finds the ID of a child who left: the children due soon, by ID, dates and institution.
public sealed class ChildrenDueForDeletionTests : IDisposable
{
    private readonly FakeTimeProvider clock = RetentionData.Clock();
    private readonly AulaFactory factory;

    public ChildrenDueForDeletionTests() => factory = new AulaFactory(clock);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task AdministratorsSeeTheChildrenDueSoonestFirstWithoutNames()
    {
        var (sofie, ella) = (factory.PersonKey("Sofie", "Hansen"), factory.PersonKey("Ella", "Madsen"));
        var today = factory.Today();
        await factory.EndEnrollmentsAsync(today.AddDays(10).AddMonths(-15), sofie);
        await factory.EndEnrollmentsAsync(today.AddDays(40).AddMonths(-15), ella);
        var ida = factory.GraphQL("ida.lund");

        var soon = (await ida.PostAsync(Due, new { withinDays = 30 })).Ok()["childrenDueForDeletion"]!.AsArray();
        var later = (await ida.PostAsync(Due, new { withinDays = 60 })).Ok()["childrenDueForDeletion"]!.AsArray();

        var first = Assert.Single(soon)!;
        Assert.Equal(GlobalId.Encode("Child", sofie), first["childId"]!.GetValue<string>());
        Assert.Equal(today.AddDays(10).AddMonths(-15).ToString("yyyy-MM-dd"), first["lastEnrolledUntil"]!.GetValue<string>());
        Assert.Equal(today.AddDays(10).ToString("yyyy-MM-dd"), first["deletionDueOn"]!.GetValue<string>());
        Assert.Equal(["Solby Skole", "Solby Skoles SFO"], first["institutions"]!.AsArray().Select(i => i!.GetValue<string>()));
        Assert.Equal([GlobalId.Encode("Child", sofie), GlobalId.Encode("Child", ella)], later.Select(c => c!["childId"]!.GetValue<string>()));
        Assert.Equal(["Børnehuset Mælkebøtten"], later[1]!["institutions"]!.AsArray().Select(i => i!.GetValue<string>()));
    }

    [Fact]
    public async Task AHeldChildIsNotListedAndOthersSeeNothing()
    {
        var sofie = factory.PersonKey("Sofie", "Hansen");
        await factory.EndEnrollmentsAsync(factory.Today().AddMonths(-15), sofie);
        var ida = factory.GraphQL("ida.lund");
        Assert.Single((await ida.PostAsync(Due, new { withinDays = 0 })).Ok()["childrenDueForDeletion"]!.AsArray());

        await SetAsync(ida, GlobalId.Encode("Child", sofie), "Sag");

        Assert.Empty((await ida.PostAsync(Due, new { withinDays = 30 })).Ok()["childrenDueForDeletion"]!.AsArray());
        await ReleaseAsync(ida, GlobalId.Encode("Child", sofie));
        var vera = await factory.AddOtherAdministratorAsync();
        foreach (var login in new[] { "lars.nielsen", "karen.larsen", "mette.hansen", vera })
        {
            Assert.Empty((await factory.GraphQL(login).PostAsync(Due, new { withinDays = 30 })).Ok()["childrenDueForDeletion"]!.AsArray());
        }
        Assert.Contains("VALIDATION", (await ida.PostAsync(Due, new { withinDays = 93 })).Codes);
    }
}
