using System.Text.Json.Nodes;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Aula.Graph.Tests.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Access;

/// `accessLog`: a child's log for the child's guardians only, a person's own log for themself, newest first.
public sealed class AccessLogQueryTests : IDisposable
{
    private const string Log = """
        query($child: ID, $first: Int, $after: String) {
          accessLog(childId: $child, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor }
            nodes { at kind client actor { name roles { kind role organization } } child { firstName } person { firstName } thread { id } }
          }
        }
        """;
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    private void Add(string actor, AccessKind kind, int? childId = null, int? personId = null, int? threadId = null, string? client = null)
    {
        using var db = factory.Services.GetRequiredService<IDbContextFactory<AulaDbContext>>().CreateDbContext();
        db.AccessLog.Add(new AccessLogEntry
        {
            At = DateTimeOffset.UtcNow,
            ActorId = factory.PersonKey(actor),
            Kind = kind,
            ChildId = childId,
            PersonId = personId,
            ThreadId = threadId,
            ClientId = client,
        });
        db.SaveChanges();
    }

    private async Task<GraphQLResponse> LogAsync(string login, string? child, int? first = null, string? after = null) =>
        await factory.GraphQL(login).PostAsync(Log, new { child, first, after });

    [Fact]
    public async Task GuardiansReadTheirChildsLogNewestFirst()
    {
        var sofie = factory.ChildKey("Sofie");
        Add("hanne.vestergaard", AccessKind.Consents, childId: sofie);
        Add("lars.nielsen", AccessKind.ContactDetails, childId: sofie);
        Add("lars.nielsen", AccessKind.ThirdPartyClient, childId: factory.ChildKey("Oliver"), client: "widget");

        foreach (var guardian in new[] { "mette.hansen", "thomas.hansen" })
        {
            var log = (await LogAsync(guardian, factory.Child("Sofie", "Hansen"))).Ok()["accessLog"]!;
            Assert.Equal(2, log["totalCount"]!.GetValue<int>());
            Assert.Equal(["CONTACT_DETAILS", "CONSENTS"], log["nodes"].Strings("kind"));
            Assert.Equal(["Lars Nielsen", "Hanne Vestergaard"], log["nodes"]!.AsArray().Select(n => n!["actor"]!["name"]!.GetValue<string>()));
            Assert.All(log["nodes"]!.AsArray(), n => Assert.Equal("Sofie", n!["child"]!["firstName"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task TheActorIsANameAndRolesNotAPersonToFollow()
    {
        Add("hanne.vestergaard", AccessKind.Consents, childId: factory.ChildKey("Sofie"), client: "ppr-journal");

        var entry = (await LogAsync("mette.hansen", factory.Child("Sofie", "Hansen"))).Ok()["accessLog"]!["nodes"]![0]!;
        var hanne = GlobalId.Encode("Person", factory.PersonKey("hanne.vestergaard"));

        Assert.Equal("ppr-journal", entry["client"]!.GetValue<string>());
        Assert.Equal("""[{"kind":"EMPLOYEE","role":"SPECIALIST","organization":"PPR Solby"}]""", entry["actor"]!["roles"]!.ToJsonString());
        // Mette had no reason to know Hanne before, and the log gives her none to fetch her.
        Assert.Null((await factory.GraphQL("mette.hansen").PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = hanne })).Ok()["node"]);
    }

    [Fact]
    public async Task PagesFollowTheCursor()
    {
        var sofie = factory.ChildKey("Sofie");
        foreach (var kind in new[] { AccessKind.Consents, AccessKind.ContactDetails, AccessKind.ThirdPartyClient })
        {
            Add("lars.nielsen", kind, childId: sofie);
        }

        var first = (await LogAsync("mette.hansen", factory.Child("Sofie", "Hansen"), first: 2)).Ok()["accessLog"]!;
        var cursor = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = (await LogAsync("mette.hansen", factory.Child("Sofie", "Hansen"), first: 2, after: cursor)).Ok()["accessLog"]!;

        Assert.Equal(["THIRD_PARTY_CLIENT", "CONTACT_DETAILS"], first["nodes"].Strings("kind"));
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["CONSENTS"], second["nodes"].Strings("kind"));
        Assert.False(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("peter.jensen")]
    [InlineData("sofie.hansen")]
    [InlineData("lars.nielsen")]
    [InlineData("ida.lund")]
    public async Task AnyoneButTheGuardiansFindsNoSuchChild(string login)
    {
        Add("lars.nielsen", AccessKind.Consents, childId: factory.ChildKey("Sofie"));

        var denied = await LogAsync(login, factory.Child("Sofie", "Hansen"));
        var unknown = await LogAsync(login, GlobalId.Encode("Child", 999_999));
        var malformed = await LogAsync(login, "not-an-id");

        Assert.Null(denied.Data!["accessLog"]);
        Assert.Equal(["NOT_FOUND"], denied.Codes);
        Assert.Equal(denied.Errors[0]!["message"]!.GetValue<string>(), unknown.Errors[0]!["message"]!.GetValue<string>());
        Assert.Equal(["NOT_FOUND"], unknown.Codes);
        Assert.Equal(["NOT_FOUND"], malformed.Codes);
    }

    [Fact]
    public async Task OwnLogHoldsReadsAboutMeAndOfMySensitiveThreads()
    {
        var thread = factory.ThreadKey("Sofies allergi");
        Add("lars.nielsen", AccessKind.SensitiveThread, threadId: thread);
        Add("lars.nielsen", AccessKind.ContactDetails, personId: factory.PersonKey("mette.hansen"));
        Add("lars.nielsen", AccessKind.ContactDetails, personId: factory.PersonKey("peter.jensen"));
        Add("lars.nielsen", AccessKind.Consents, childId: factory.ChildKey("Sofie"));

        var mette = (await LogAsync("mette.hansen", null)).Ok()["accessLog"]!["nodes"]!.AsArray();
        var peter = (await LogAsync("peter.jensen", null)).Ok()["accessLog"]!["nodes"]!.AsArray();

        Assert.Equal(["CONTACT_DETAILS", "SENSITIVE_THREAD"], ((JsonNode)mette).Strings("kind"));
        Assert.Equal("Mette", mette[0]!["person"]!["firstName"]!.GetValue<string>());
        Assert.Equal(factory.Thread("Sofies allergi"), mette[1]!["thread"]!["id"]!.GetValue<string>());
        Assert.Equal(["CONTACT_DETAILS"], ((JsonNode)peter).Strings("kind"));
    }

    [Fact]
    public async Task RealReadsShowUpInTheLogs()
    {
        var sofie = factory.Child("Sofie", "Hansen");
        (await factory.GraphQL("lars.nielsen", clientId: "widget").PostAsync("query($id: ID!) { node(id: $id) { ... on Child { firstName } } }", new { id = sofie })).Ok();
        (await factory.GraphQL("lars.nielsen", mfa: true).PostAsync(
            "query($id: ID!) { node(id: $id) { ... on ChatThread { subject } } }", new { id = factory.Thread("Sofies allergi") })).Ok();

        var child = (await LogAsync("mette.hansen", sofie)).Ok()["accessLog"]!["nodes"]![0]!;
        var own = (await LogAsync("mette.hansen", null)).Ok()["accessLog"]!["nodes"]![0]!;

        Assert.Equal(("THIRD_PARTY_CLIENT", "widget", "Lars Nielsen"),
            (child["kind"]!.GetValue<string>(), child["client"]!.GetValue<string>(), child["actor"]!["name"]!.GetValue<string>()));
        Assert.Equal(("SENSITIVE_THREAD", "Lars Nielsen"), (own["kind"]!.GetValue<string>(), own["actor"]!["name"]!.GetValue<string>()));
        Assert.Null(own["client"]);
    }
}
