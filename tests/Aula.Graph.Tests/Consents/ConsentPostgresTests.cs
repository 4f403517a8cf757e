using Aula.Graph.Tests.Infrastructure;
using static Aula.Graph.Tests.Consents.ConsentRequests;

namespace Aula.Graph.Tests.Consents;

/// Answers sent several times at once are recorded once, on PostgreSQL too, where transactions really overlap.
[Collection(PostgresDefinition.Name)]
public sealed class ConsentPostgresTests(PostgresServer postgres)
{
    [Fact]
    public async Task SimultaneousFirstAnswersStoreOneAnswerOnPostgres()
    {
        using var factory = new AulaFactory(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Aula"] = await postgres.CreateDatabaseAsync(),
        });
        var sofie = factory.Child("Sofie", "Hansen");
        var input = Input(sofie, factory.Definition("info-exchange"), granted: true);
        var before = (await HistoryAsync(factory.GraphQL("mette.hansen"), sofie)).Count;

        var payloads = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => AnswerAsync(factory.GraphQL("mette.hansen"), input)));

        Assert.All(payloads, p => Assert.Empty(p["errors"]!.AsArray()));
        Assert.Single(Of(await ConsentsAsync(factory.GraphQL("thomas.hansen"), sofie), "info-exchange")["answers"]!.AsArray());
        Assert.Equal(before + 1, (await HistoryAsync(factory.GraphQL("mette.hansen"), sofie)).Count);
    }

    [Fact]
    public async Task SimultaneousChangesOfAnAnswerRecordOneChangeOnPostgres()
    {
        using var factory = new AulaFactory(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Aula"] = await postgres.CreateDatabaseAsync(),
        });
        var sofie = factory.Child("Sofie", "Hansen");
        var input = Input(sofie, factory.Definition("photos-website"), granted: true);
        var before = (await HistoryAsync(factory.GraphQL("mette.hansen"), sofie)).Count;

        var payloads = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => AnswerAsync(factory.GraphQL("mette.hansen"), input)));

        Assert.All(payloads, p => Assert.True(p["consent"]!["myAnswer"]!["granted"]!.GetValue<bool>()));
        var history = await HistoryAsync(factory.GraphQL("mette.hansen"), sofie);
        Assert.Equal(before + 1, history.Count);
        Assert.False(history[0]!["fromGranted"]!.GetValue<bool>());
    }
}
