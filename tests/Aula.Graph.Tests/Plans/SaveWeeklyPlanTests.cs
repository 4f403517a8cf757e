using Aula.Graph.Basics;
using Aula.Graph.Tests.Infrastructure;
using static Aula.Graph.Tests.Plans.PlanRequests;

namespace Aula.Graph.Tests.Plans;

/// Staff save a group's whole plan for a week; nobody else can, and nothing invalid is stored.
public sealed class SaveWeeklyPlanTests : IDisposable
{
    private readonly AulaFactory factory = new();
    private readonly IsoWeek week = Unplanned;

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task TeacherSavesANewPlanAndReadsItBackMondayFirst()
    {
        var lars = factory.GraphQL("lars.nielsen");
        var saved = await SaveAsync(lars, Input(factory.Group("3A"), week,
            [Entry("TUESDAY", "Dansk", "Read chapter 3."), Entry("MONDAY", "Matematik", "Fractions."), Entry("MONDAY", " ", "Bring gym clothes.")]));

        Assert.Empty(saved["errors"]!.AsArray());
        var plan = saved["weeklyPlan"]!;
        Assert.Equal("Lars Nielsen", plan["author"]!["displayName"]!.GetValue<string>());
        Assert.Equal(AulaClock.LocalToInstant(week.Monday.AddDays(-4), new TimeOnly(12, 0)), Instant(plan["publishAt"]));
        Assert.Equal(
            """[{"day":"MONDAY","subject":"Matematik","text":"Fractions."},{"day":"MONDAY","subject":null,"text":"Bring gym clothes."},{"day":"TUESDAY","subject":"Dansk","text":"Read chapter 3."}]""",
            plan["entries"]!.ToJsonString());
        var read = await ReadAsync(lars, factory.Group("3A"), week);
        Assert.Equal(plan.ToJsonString(), Assert.Single(read)!.ToJsonString());
        Assert.Empty(await ReadAsync(factory.GraphQL("mette.hansen"), factory.Group("3A"), week));
    }

    [Fact]
    public async Task SavingAgainReplacesTheEntriesAndKeepsThePublishTime()
    {
        var lars = factory.GraphQL("lars.nielsen");
        var publishAt = AulaClock.LocalToInstant(week.Monday.AddDays(-3), new TimeOnly(8, 30));
        var first = await SaveAsync(lars, Input(factory.Group("3A"), week, [Entry("MONDAY", "Dansk", "Først."), Entry("FRIDAY", null, "Fri.")], publishAt));
        var second = await SaveAsync(factory.GraphQL("karen.larsen"), Input(factory.Group("3A"), week, [Entry("WEDNESDAY", null, "Sidst.")]));

        Assert.Equal(first["weeklyPlan"]!["id"]!.GetValue<string>(), second["weeklyPlan"]!["id"]!.GetValue<string>());
        var plan = Assert.Single(await ReadAsync(lars, factory.Group("3A"), week))!;
        Assert.Equal(publishAt, Instant(plan["publishAt"]));
        Assert.Equal("Karen Larsen", plan["author"]!["displayName"]!.GetValue<string>());
        Assert.Equal("""[{"day":"WEDNESDAY","subject":null,"text":"Sidst."}]""", plan["entries"]!.ToJsonString());
    }

    [Fact]
    public async Task GuardianCannotSaveAPlanForTheirChildsClass()
    {
        var payload = await SaveAsync(factory.GraphQL("mette.hansen"), Input(factory.Group("3A"), week, [Entry("MONDAY", null, "Hej.")]));

        Assert.Null(payload["weeklyPlan"]);
        Assert.Equal("FORBIDDEN", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Empty(await ReadAsync(factory.GraphQL("lars.nielsen"), factory.Group("3A"), week));
    }

    [Fact]
    public async Task GroupsTheViewerCannotSeeAreNotFoundExactlyLikeGroupsThatDoNotExist()
    {
        var lars = factory.GraphQL("lars.nielsen");
        string[] ids = [GlobalId.Encode("Group", 999_999), factory.Group("Mariehønen"), "not-an-id", factory.Child("Sofie", "Hansen"), ""];

        var responses = new List<string>();
        foreach (var id in ids)
        {
            responses.Add((await SaveAsync(lars, Input(id, week, [Entry("MONDAY", null, "Hej.")]))).ToJsonString());
        }

        Assert.Contains("\"code\":\"NOT_FOUND\"", responses[0], StringComparison.Ordinal);
        Assert.Contains("\"field\":[\"input\",\"groupId\"]", responses[0], StringComparison.Ordinal);
        Assert.All(responses, r => Assert.Equal(responses[0], r));
        Assert.Empty(await ReadAsync(factory.GraphQL("anne.pedersen"), factory.Group("Mariehønen"), week));
    }
}
