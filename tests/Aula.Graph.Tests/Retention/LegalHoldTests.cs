using Aula.Graph.Basics;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static Aula.Graph.Tests.Retention.LegalHoldRequests;

namespace Aula.Graph.Tests.Retention;

/// Administrators of the municipality where a child is or was enrolled hold its data past the deletion day.
public sealed class LegalHoldTests : IDisposable
{
    private readonly FakeTimeProvider clock = RetentionData.Clock();
    private readonly AulaFactory factory;

    public LegalHoldTests() => factory = new AulaFactory(clock);

    public void Dispose() => factory.Dispose();

    private int Sofie => factory.PersonKey("Sofie", "Hansen");
    private string SofieId => GlobalId.Encode("Child", Sofie);

    [Fact]
    public async Task AHoldKeepsEverythingUntilItIsReleased()
    {
        var sofie = Sofie;
        await factory.DueTomorrowAsync(sofie);
        var set = await SetAsync(factory.GraphQL("ida.lund"), SofieId, "Sag om underretning under behandling");
        Assert.Empty(set["errors"]!.AsArray());
        Assert.Equal(SofieId, set["legalHold"]!["childId"]!.GetValue<string>());
        clock.Advance(TimeSpan.FromDays(1));
        var before = await factory.TableCountsAsync();

        Assert.Equal(new(0, 0, 0, 0), await factory.RunJobAsync());
        Assert.Equal(before, await factory.TableCountsAsync());
        clock.Advance(TimeSpan.FromDays(300));
        Assert.Equal(new(0, 0, 0, 0), await factory.RunJobAsync());

        var ida = factory.GraphQL("ida.lund");
        var hold = Assert.Single(await HoldsAsync(ida))!;
        Assert.Equal("Sag om underretning under behandling", hold["reason"]!.GetValue<string>());
        Assert.Equal(factory.Today().AddDays(-300).ToString("yyyy-MM-dd"), hold["deletionDueOn"]!.GetValue<string>());
        var released = await ReleaseAsync(ida, SofieId);
        Assert.Empty(released["errors"]!.AsArray());
        Assert.Equal(hold.ToJsonString(), released["legalHold"]!.ToJsonString());
        Assert.Empty(await HoldsAsync(ida));

        Assert.Equal(new(1, 0, 0, 0), await factory.RunJobAsync());
        Assert.All(await factory.ReferencesToAsync(sofie), c => Assert.True(c.Value == 0, $"{c.Key} still refers to the child"));
    }

    [Fact]
    public async Task ForEveryoneElseTheChildDoesNotExist()
    {
        var vera = await factory.AddOtherAdministratorAsync();
        Assert.Empty((await SetAsync(factory.GraphQL("ida.lund"), SofieId, "Sag"))["errors"]!.AsArray());
        var nobody = GlobalId.Encode("Child", 999_999);

        foreach (var login in new[] { "mette.hansen", "sofie.hansen", "lars.nielsen", "karen.larsen", vera })
        {
            var client = factory.GraphQL(login);
            var set = await SetAsync(client, SofieId, "Sag");
            Assert.Equal((await SetAsync(client, nobody, "Sag")).ToJsonString(), set.ToJsonString());
            Assert.Equal("NOT_FOUND", Code(set));
            var release = await ReleaseAsync(client, SofieId);
            Assert.Equal((await ReleaseAsync(client, nobody)).ToJsonString(), release.ToJsonString());
            Assert.Equal("NOT_FOUND", Code(release));
            Assert.Empty(await HoldsAsync(client));
        }
        var hold = Assert.Single(await HoldsAsync(factory.GraphQL("ida.lund")))!;
        Assert.Equal("Sag", hold["reason"]!.GetValue<string>());
        Assert.Null(hold["deletionDueOn"]);
    }

    [Fact]
    public async Task AdministratorsStillSeeNoChild()
    {
        Assert.Empty((await SetAsync(factory.GraphQL("ida.lund"), SofieId, "Sag"))["errors"]!.AsArray());

        var node = (await factory.GraphQL("ida.lund").PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = SofieId })).Data!;

        Assert.Null(node["node"]);
    }

    [Fact]
    public async Task SettingAgainReplacesTheReasonAndAReasonIsRequired()
    {
        var ida = factory.GraphQL("ida.lund");

        var blank = await SetAsync(ida, SofieId, "   ");
        await SetAsync(ida, SofieId, "Første");
        clock.Advance(TimeSpan.FromMinutes(5));
        var again = await SetAsync(ida, SofieId, "Anden");

        Assert.Equal("VALIDATION", Code(blank));
        Assert.Equal(["input", "reason"], blank["errors"]![0]!["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        var hold = Assert.Single(await HoldsAsync(ida))!;
        Assert.Equal("Anden", hold["reason"]!.GetValue<string>());
        Assert.Equal(again["legalHold"]!.ToJsonString(), hold.ToJsonString());
        Assert.Equal(clock.GetUtcNow().UtcDateTime, hold["setAt"]!.GetValue<DateTime>().ToUniversalTime(), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task ReleasingWhereNoHoldStandsIsNotFound()
    {
        var released = await ReleaseAsync(factory.GraphQL("ida.lund"), SofieId);

        Assert.Equal("NOT_FOUND", Code(released));
        Assert.Null(released["legalHold"]);
    }
}
