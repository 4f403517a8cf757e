using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Widgets;

/// The widget rule (audience, enabling institutions, consent) and the scoped reads on PostgreSQL.
[Collection(PostgresDefinition.Name)]
public sealed class WidgetPostgresTests(PostgresServer postgres)
{
    [Fact]
    public async Task ATokenAndTheVendorsReadsWorkOnPostgres()
    {
        using var factory = new AulaFactory(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Aula"] = await postgres.CreateDatabaseAsync(),
        });
        await factory.RegisterAsync(new WidgetManifest("fotoalbum", "Fotoalbum", "Billedbyen ApS", WidgetAudience.Guardians,
            [WidgetScopes.GroupsRead], [], ConsentKey: "photos-website"), "Børnehuset Mælkebøtten", "Solby Skole");

        var plans = await factory.VendorAsync("mette.hansen", WidgetWorld.Plans);
        var photos = await factory.VendorAsync("mette.hansen", "fotoalbum");

        var sofie = (await plans.PostAsync("{ children { nodes { id groups { name weeklyPlan { week } } } } }")).Ok()["children"]!["nodes"]!;
        Assert.Equal([factory.Child("Sofie", "Hansen")], sofie.Ids());
        Assert.Contains(sofie[0]!["groups"]!.AsArray(), g => g!["name"]!.GetValue<string>() == "3A");
        // Mette refused photos-website for Sofie and granted it for Oliver.
        Assert.Equal([factory.Child("Oliver", "Hansen")], (await photos.PostAsync("{ children { nodes { id } } }")).Ok()["children"]!["nodes"].Ids());
        Assert.Contains("NOT_FOUND", (await plans.PostAsync("{ threads { totalCount } }")).Codes);
    }
}
