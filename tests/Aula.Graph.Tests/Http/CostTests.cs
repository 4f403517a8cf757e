using Aula.Graph.Basics;
using Aula.Graph.Tests.Infrastructure;
using Aula.Graph.Tests.Subscriptions;
using Aula.Realtime.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Aula.Graph.Tests.Http;

/// Every response says what it cost; budgets per person and per client refill over time, and an operation over
/// budget is refused with RATE_LIMITED and Retry-After before anything runs.
public sealed class CostTests
{
    private const string Tiny = "{ me { person { id } } }";

    [Fact]
    public async Task EveryResponseCarriesItsRequestedAndActualCostAndTheRemainingBudget()
    {
        using var factory = Budgeted(personCapacity: 100_000, personPerSecond: 1);
        var mette = factory.GraphQL("mette.hansen");

        var first = await mette.PostAsync("{ children { nodes { id groups { id } } } }");
        var second = await mette.PostAsync("{ children { nodes { id groups { id } } } }");
        var invalid = await mette.PostAsync("{ nope }");
        var anonymous = await factory.GraphQL().PostAsync("{ __typename }");

        var (requested, actual) = (first.Cost!["requested"]!.GetValue<double>(), first.Cost!["actual"]!.GetValue<double>());
        Assert.InRange(actual, 1, requested);
        Assert.Equal(100_000 - (long)Math.Ceiling(requested), first.Cost["remaining"]!.GetValue<long>());
        Assert.Equal(100_000 - (2 * (long)Math.Ceiling(requested)), second.Cost!["remaining"]!.GetValue<long>());
        Assert.Equal(0, invalid.Cost!["actual"]!.GetValue<double>());
        Assert.NotNull(anonymous.Cost);
        Assert.Null(anonymous.Cost!["remaining"]);
    }

    [Fact]
    public async Task OverBudgetIsRefusedBeforeItRunsAndRunsOnceTheBudgetRefilled()
    {
        using var factory = Budgeted(personCapacity: 60, personPerSecond: 1);
        var mette = factory.GraphQL("mette.hansen");
        var refused = await SpendUntilRefusedAsync(mette);

        Assert.Equal(429, refused.Status);
        Assert.Equal(["RATE_LIMITED"], refused.Codes);
        Assert.Null(refused.Data);
        var wait = refused.RetryAfter!.Value;
        Assert.InRange(wait.TotalSeconds, 1, 60);
        Assert.Equal(wait.TotalSeconds, refused.Errors[0]!["extensions"]!["retryAfter"]!.GetValue<double>());

        // A mutation that costs more than what is left does not run.
        var note = await AnswerAsync(factory, mette, granted: false);
        Assert.Equal(429, note.Status);
        Assert.True(SchoolPhotoGranted(factory));

        factory.Clock!.Advance(TimeSpan.FromSeconds(60));

        var again = await AnswerAsync(factory, mette, granted: false);
        Assert.Equal(200, again.Status);
        Assert.False(SchoolPhotoGranted(factory));
    }

    [Fact]
    public async Task APersonsBudgetIsSharedByEveryClientTheyUse()
    {
        using var factory = Budgeted(personCapacity: 60, personPerSecond: 1);
        await SpendUntilRefusedAsync(factory.GraphQL("mette.hansen", clientId: "timetable-app"));

        Assert.Equal(429, (await factory.GraphQL("mette.hansen", clientId: "other-app").PostAsync(Tiny)).Status);
        Assert.Equal(429, (await factory.GraphQL("mette.hansen").PostAsync(Tiny)).Status);
        Assert.Equal(200, (await factory.GraphQL("peter.jensen", clientId: "timetable-app").PostAsync(Tiny)).Status);
    }

    [Fact]
    public async Task AClientsBudgetIsSharedByEveryoneUsingIt()
    {
        using var factory = Budgeted(personCapacity: 100_000, personPerSecond: 1, clientCapacity: 60);
        await SpendUntilRefusedAsync(factory.GraphQL("mette.hansen", clientId: "timetable-app"));

        Assert.Equal(429, (await factory.GraphQL("peter.jensen", clientId: "timetable-app").PostAsync(Tiny)).Status);
        Assert.Equal(200, (await factory.GraphQL("peter.jensen").PostAsync(Tiny)).Status);
    }

    [Fact]
    public async Task AnOperationBiggerThanTheWholeBudgetIsLimitExceeded()
    {
        using var factory = Budgeted(personCapacity: 10, personPerSecond: 1);
        var mette = factory.GraphQL("mette.hansen");

        var response = await mette.PostAsync("{ children { nodes { id groups { id name } } } }");

        Assert.Equal(400, response.Status);
        Assert.Equal(["LIMIT_EXCEEDED"], response.Codes);
        Assert.Equal(10, response.Cost!["remaining"]!.GetValue<long>());
    }

    [Fact]
    public async Task AnOperationOverTheSocketIsChargedToThePersonsBudgetLikeOneOverHttp()
    {
        using var factory = Budgeted(personCapacity: 100_000, personPerSecond: 1);
        factory.UseLoopbackKestrel();
        using var mette = await WsClient.InitializedAsync(factory, factory, "mette.hansen");

        var http = (await factory.GraphQL("mette.hansen").PostAsync(Tiny)).Cost!;
        await mette.SubscribeAsync("q", Tiny);
        var socket = (await mette.ReceiveAsync())!["payload"]!["extensions"]!["cost"]!;

        var price = (long)Math.Ceiling(http["requested"]!.GetValue<double>());
        Assert.Equal(100_000 - price, http["remaining"]!.GetValue<long>());
        Assert.Equal(100_000 - (2 * price), socket["remaining"]!.GetValue<long>());
    }

    [Fact]
    public async Task ASubscriptionIsChargedWhenItStartsAndEachEventReportsWhatItResolvedAndTakesNothing()
    {
        var bus = new CountingBus();
        using var factory = Budgeted(personCapacity: 100_000, personPerSecond: 1, services: s => s.AddSingleton<ILiveEventBus>(bus));
        factory.UseLoopbackKestrel();
        using var mette = await WsClient.InitializedAsync(factory, factory, "mette.hansen");
        await bus.ListeningAfterAsync(() => mette.SubscribeAsync("s", "subscription { presenceChanged { person { id } online } }"));
        var lars = factory.Query(db => db.People.Single(p => p.Login == "lars.nielsen").Id);

        await bus.PublishAsync(new PresenceChanged(lars, true), CancellationToken.None);
        var first = (await mette.ReceiveAsync())!["payload"]!["extensions"]!["cost"]!;
        await bus.PublishAsync(new PresenceChanged(lars, false), CancellationToken.None);
        var second = (await mette.ReceiveAsync())!["payload"]!["extensions"]!["cost"]!;

        Assert.Equal(0, first["requested"]!.GetValue<double>());
        Assert.Equal(4, first["actual"]!.GetValue<double>()); // presenceChanged, person, id, online
        Assert.InRange(first["remaining"]!.GetValue<long>(), 1, 99_999);
        Assert.Equal(first["remaining"]!.GetValue<long>(), second["remaining"]!.GetValue<long>());
    }

    private static AulaFactory Budgeted(
        int personCapacity, int personPerSecond, int clientCapacity = 1_000_000, Action<IServiceCollection>? services = null) =>
        new(new FakeTimeProvider(DateTimeOffset.UtcNow), services: services, settings: new Dictionary<string, string?>
        {
            ["GraphQL:Cost:Enforce"] = "true",
            ["GraphQL:Cost:PersonCapacity"] = personCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["GraphQL:Cost:PersonRefillPerSecond"] = personPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["GraphQL:Cost:ClientCapacity"] = clientCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["GraphQL:Cost:ClientRefillPerSecond"] = "1",
        });

    /// Tiny queries until one is refused: what is left then is less than a tiny query.
    private static async Task<GraphQLResponse> SpendUntilRefusedAsync(GraphQLClient client)
    {
        for (var i = 0; i < 100; i++)
        {
            var response = await client.PostAsync(Tiny);
            if (response.Status != 200)
            {
                return response;
            }
        }
        throw new InvalidOperationException("The budget never ran out.");
    }

    private static Task<GraphQLResponse> AnswerAsync(AulaFactory factory, GraphQLClient client, bool granted) =>
        client.PostAsync(
            "mutation($input: AnswerConsentInput!) { answerConsent(input: $input) { consent { definition { id title description } } errors { code } } }",
            new { input = new { childId = factory.Child("Sofie", "Hansen"), definitionId = SchoolPhoto(factory), granted } });

    private static string SchoolPhoto(AulaFactory factory) =>
        GlobalId.Encode("ConsentDefinition", factory.Query(db => db.ConsentDefinitions.Single(d => d.Key == "school-photo").Id));

    /// Mette's answer for Sofie: granted in the demo data.
    private static bool SchoolPhotoGranted(AulaFactory factory) =>
        factory.Query(db => db.ConsentAnswers.Single(a => a.Definition.Key == "school-photo"
            && db.People.Any(p => p.Id == a.ChildId && p.FirstName == "Sofie" && p.LastName == "Hansen")
            && db.People.Any(p => p.Id == a.GuardianId && p.Login == "mette.hansen")).Granted);
}
