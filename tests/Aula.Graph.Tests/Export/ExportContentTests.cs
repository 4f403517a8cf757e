using System.Text.Json.Nodes;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Export;

/// What a guardian's and a pupil's exports hold, and what they leave to others.
public sealed class ExportContentTests : IDisposable
{
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task GuardianExportHoldsBothChildrenAndNothingOfAnotherFamily()
    {
        var export = await factory.ExportAsync("mette.hansen");
        var (mette, sofie, oliver) = (factory.LoginId("mette.hansen"), factory.PersonId("Sofie", "Hansen"), factory.PersonId("Oliver", "Hansen"));
        var (noah, peter) = (factory.PersonId("Noah", "Jensen"), factory.LoginId("peter.jensen"));

        Assert.Equal("aula-export", export["format"]!.GetValue<string>());
        Assert.Equal(1, export["version"]!.GetValue<int>());
        Assert.Equal(new[] { sofie, oliver }.Order(), export["subject"]!["childIds"]!.AsArray().Select(i => i!.GetValue<int>()).Order());
        Assert.Equal(new[] { mette, sofie, oliver }.Order(), export.Ints("people", "id").Order());
        Assert.NotNull(export.Rows("people").Single(p => p["id"]!.GetValue<int>() == mette)["email"]);
        Assert.Equal(new[] { sofie, oliver }.Order(), export.Ints("enrollments", "childId").Distinct().Order());
        Assert.Superset(new HashSet<string> { "3A", "Mariehønen" }, GroupNames(export, sofie, oliver));
        Assert.Equal(4, export.Rows("consentAnswerChanges").Count(c => c["childId"]!.GetValue<int>() == sofie));
        Assert.Equal(6, export.Rows("consentAnswers").Count);
        Assert.Contains(export.Rows("consentDefinitions"), d => d["key"]!.GetValue<string>() == "contact-sharing");

        int[] others = [noah, peter];
        foreach (var (section, column) in new[] { ("people", "id"), ("enrollments", "childId"), ("groupMemberships", "personId"),
            ("custodies", "childId"), ("custodies", "guardianId"), ("consentAnswers", "childId"), ("consentAnswers", "guardianId") })
        {
            Assert.DoesNotContain(export.Ints(section, column), others.Contains);
        }
    }

    [Fact]
    public async Task GuardianExportHoldsTheirSensitiveThreadWithItsMessages()
    {
        var export = await factory.ExportAsync("mette.hansen");
        var allergy = export.Rows("threads").Single(t => t["subject"]!.GetValue<string>() == "Sofies allergi");

        Assert.True(allergy["isSensitive"]!.GetValue<bool>());
        var messages = export.Rows("messages").Where(m => m["threadId"]!.GetValue<int>() == allergy["id"]!.GetValue<int>()).ToList();
        Assert.Equal(allergy["lastSequence"]!.GetValue<int>(), messages.Count);
        Assert.StartsWith("Hej Lars.", messages[0]["body"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(export["otherPeople"]!.AsArray(), p => p!["firstName"]!.GetValue<string>() == "Lars");
    }

    [Fact]
    public async Task GuardianGetsTheChildsOwnMessagesButNotWhatOthersWroteInTheChildsThreads()
    {
        var export = await factory.ExportAsync("mette.hansen");
        var (sofie, noah) = (factory.PersonId("Sofie", "Hansen"), factory.PersonId("Noah", "Jensen"));
        var trip = export.Rows("threads").Single(t => t["subject"]!.GetValue<string>() == "Idéer til klasseturen")["id"]!.GetValue<int>();
        var senders = export.Rows("messages").Where(m => m["threadId"]!.GetValue<int>() == trip).Select(m => m["senderId"]!.GetValue<int>()).ToList();

        Assert.Equal([sofie], senders);
        Assert.DoesNotContain(noah, export.Ints("messages", "senderId"));
        Assert.Contains(sofie, export.Rows("threadParticipants").Where(p => p["threadId"]!.GetValue<int>() == trip).Select(p => p["personId"]!.GetValue<int>()));
    }

    [Fact]
    public async Task PupilExportHoldsThemselfTheirThreadsAndTheConsentsAboutThem()
    {
        var export = await factory.ExportAsync("sofie.hansen");
        var (sofie, noah, mette) = (factory.PersonId("Sofie", "Hansen"), factory.PersonId("Noah", "Jensen"), factory.LoginId("mette.hansen"));

        Assert.Equal(sofie, export["subject"]!["personId"]!.GetValue<int>());
        Assert.Empty(export["subject"]!["childIds"]!.AsArray());
        Assert.Equal([sofie], export.Ints("people", "id"));
        Assert.Equal(2, export.Ints("custodies", "guardianId").Count);
        Assert.Contains("3A", GroupNames(export, sofie));
        var trip = export.Rows("threads").Single(t => t["subject"]!.GetValue<string>() == "Idéer til klasseturen")["id"]!.GetValue<int>();
        Assert.Contains(noah, export.Rows("messages").Where(m => m["threadId"]!.GetValue<int>() == trip).Select(m => m["senderId"]!.GetValue<int>()));
        Assert.Contains(export.Rows("threads"), t => t["subject"]!.GetValue<string>() == "Spørgsmål til lektien");
        Assert.DoesNotContain(export.Rows("threads"), t => t["subject"]!.GetValue<string>() == "Sofies allergi");
        Assert.All(export.Rows("consentAnswers"), a => Assert.Equal(sofie, a["childId"]!.GetValue<int>()));
        Assert.Equal(3, export.Rows("consentAnswers").Count(a => a["guardianId"]!.GetValue<int>() == mette));
        Assert.DoesNotContain(export.Rows("people"), p => p["id"]!.GetValue<int>() == mette);
    }

    [Fact]
    public async Task OtherPeopleAreNamedWithoutTheirContactDetails()
    {
        var export = await factory.ExportAsync("mette.hansen");
        var thomas = factory.LoginId("thomas.hansen");

        var named = export["otherPeople"]!.AsArray().Select(p => p!.AsObject()).Single(p => p["id"]!.GetValue<int>() == thomas);
        Assert.Equal(["id", "firstName", "lastName"], named.Select(p => p.Key));
    }

    private static HashSet<string> GroupNames(JsonObject export, params int[] people)
    {
        var groups = export.Rows("groupMemberships").Where(m => people.Contains(m["personId"]!.GetValue<int>())).Select(m => m["groupId"]!.GetValue<int>());
        return [.. export.Rows("groups").Where(g => groups.Contains(g["id"]!.GetValue<int>())).Select(g => g["name"]!.GetValue<string>())];
    }
}
