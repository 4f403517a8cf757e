using Aula.Graph.Tests.Infrastructure;
using static Aula.Graph.Tests.Consents.ConsentRequests;
using static Aula.Graph.Tests.Contacts.ContactRequests;

namespace Aula.Graph.Tests.Contacts;

/// Every change of a contact-sharing answer is kept: who, when, from what, to what; the child's guardians read it.
public sealed class ContactHistoryTests : IDisposable
{
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task DecliningIsKeptInTheHistoryThatBothGuardiansAndNobodyElseCanRead()
    {
        var sofie = factory.Child("Sofie", "Hansen");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        await ShareAsync(factory, "Sofie Hansen", scope: null);

        var after = DateTimeOffset.UtcNow.AddSeconds(1);
        var mette = await HistoryAsync(factory.GraphQL("mette.hansen"), sofie);
        var change = mette[0]!;
        Assert.Equal("contact-sharing", change["definition"]!["key"]!.GetValue<string>());
        Assert.Equal("Mette Hansen", change["guardian"]!["displayName"]!.GetValue<string>());
        Assert.Equal("Mette Hansen", change["changedBy"]!["displayName"]!.GetValue<string>());
        Assert.True(change["fromGranted"]!.GetValue<bool>());
        Assert.Equal("CLASS", change["fromScope"]!.GetValue<string>());
        Assert.False(change["toGranted"]!.GetValue<bool>());
        Assert.Null(change["toScope"]);
        Assert.InRange(DateTimeOffset.Parse(change["changedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), before, after);
        // The earlier changes are still there: declined, then granted for the class, and now declined again.
        var sharing = mette.Where(c => c!["definition"]!["key"]!.GetValue<string>() == "contact-sharing").ToList();
        Assert.Equal([false, true, false], sharing.Select(c => c!["toGranted"]!.GetValue<bool>()).Reverse());

        Assert.Equal(mette.ToJsonString(), (await HistoryAsync(factory.GraphQL("thomas.hansen"), sofie)).ToJsonString());
        Assert.Empty(await HistoryAsync(factory.GraphQL("lars.nielsen"), sofie));
        Assert.Null((await factory.GraphQL("peter.jensen").PostAsync(History, new { id = sofie })).Ok()["node"]);
    }
}
