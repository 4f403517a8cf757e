using Aula.Graph.Basics;
using Aula.Graph.Tests.Infrastructure;
using static Aula.Graph.Tests.Consents.ConsentRequests;

namespace Aula.Graph.Tests.Consents;

/// Guardians answer consents for the children in their custody; the answer counts at once and its history is kept.
public sealed class AnswerConsentTests : IDisposable
{
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    private string Sofie => factory.Child("Sofie", "Hansen");

    [Fact]
    public async Task GuardianAnswersAConsentAndTheAnswerTakesEffectAtOnce()
    {
        var mette = factory.GraphQL("mette.hansen");

        var payload = await AnswerAsync(mette, Input(Sofie, factory.Definition("info-exchange"), granted: true));

        Assert.Empty(payload["errors"]!.AsArray());
        Assert.True(payload["consent"]!["myAnswer"]!["granted"]!.GetValue<bool>());
        var stored = Of(await ConsentsAsync(mette, Sofie), "info-exchange");
        Assert.Equal(payload["consent"]!.ToJsonString(), stored.ToJsonString());
        var staffView = Of(await ConsentsAsync(factory.GraphQL("lars.nielsen"), Sofie), "info-exchange");
        Assert.True(Assert.Single(staffView["answers"]!.AsArray())!["granted"]!.GetValue<bool>());
        var change = (await HistoryAsync(mette, Sofie))[0]!;
        Assert.Equal("info-exchange", change["definition"]!["key"]!.GetValue<string>());
        Assert.Null(change["fromGranted"]);
        Assert.True(change["toGranted"]!.GetValue<bool>());
        Assert.Equal("Mette Hansen", change["changedBy"]!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChangingAnAnswerRecordsFromAndToAndRepeatingItRecordsNothing()
    {
        var mette = factory.GraphQL("mette.hansen");
        var before = (await HistoryAsync(mette, Sofie)).Count;

        var changed = await AnswerAsync(mette, Input(Sofie, factory.Definition("contact-sharing"), granted: true, scope: "YEAR"));
        var repeated = await AnswerAsync(mette, Input(Sofie, factory.Definition("contact-sharing"), granted: true, scope: "YEAR"));

        Assert.Equal(changed.ToJsonString(), repeated.ToJsonString());
        var history = await HistoryAsync(mette, Sofie);
        Assert.Equal(before + 1, history.Count);
        Assert.Equal(("CLASS", "YEAR"), (history[0]!["fromScope"]!.GetValue<string>(), history[0]!["toScope"]!.GetValue<string>()));
        Assert.True(history[0]!["fromGranted"]!.GetValue<bool>());
    }

    [Fact]
    public async Task StaffCannotAnswerForAChildTheySee()
    {
        var payload = await AnswerAsync(factory.GraphQL("lars.nielsen"), Input(Sofie, factory.Definition("info-exchange"), granted: true));

        Assert.Null(payload["consent"]);
        Assert.Equal("FORBIDDEN", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Empty(Of(await ConsentsAsync(factory.GraphQL("mette.hansen"), Sofie), "info-exchange")["answers"]!.AsArray());
    }

    [Fact]
    public async Task ChildNotInCustodyIsNotFoundExactlyLikeAChildThatDoesNotExist()
    {
        var peter = factory.GraphQL("peter.jensen");
        var definition = factory.Definition("photos-website");

        var sofie = await AnswerAsync(peter, Input(Sofie, definition, granted: true));
        var nobody = await AnswerAsync(peter, Input(GlobalId.Encode("Child", 999_999), definition, granted: true));
        var garbage = await AnswerAsync(peter, Input("garbage", definition, granted: true));

        Assert.Equal("NOT_FOUND", sofie["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(nobody.ToJsonString(), sofie.ToJsonString());
        Assert.Equal(nobody.ToJsonString(), garbage.ToJsonString());
    }

    [Fact]
    public async Task ConsentThatDoesNotApplyToTheChildIsNotFound()
    {
        var mette = factory.GraphQL("mette.hansen");
        var oliver = factory.Child("Oliver", "Hansen");

        var schoolPhoto = await AnswerAsync(mette, Input(oliver, factory.Definition("school-photo"), granted: true));
        var malformed = await AnswerAsync(mette, Input(oliver, factory.Group("3A"), granted: true));

        Assert.Equal("NOT_FOUND", schoolPhoto["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("input.definitionId", string.Join('.', schoolPhoto["errors"]![0]!["field"]!.AsArray().Select(p => p!.GetValue<string>())));
        Assert.Equal(schoolPhoto.ToJsonString(), malformed.ToJsonString());
    }

    [Theory]
    [InlineData("contact-sharing", true, null)]
    [InlineData("contact-sharing", false, "CLASS")]
    [InlineData("photos-website", true, "CLASS")]
    public async Task ScopeIsRequiredExactlyWhenGrantingAScopedConsent(string key, bool granted, string? scope)
    {
        var mette = factory.GraphQL("mette.hansen");
        var before = (await HistoryAsync(mette, Sofie)).ToJsonString();

        var payload = await AnswerAsync(mette, Input(Sofie, factory.Definition(key), granted, scope));

        Assert.Null(payload["consent"]);
        Assert.Equal("VALIDATION", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("scope", payload["errors"]![0]!["field"]![1]!.GetValue<string>());
        Assert.Equal(before, (await HistoryAsync(mette, Sofie)).ToJsonString());
    }
}
