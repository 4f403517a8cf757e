using System.Text.Json.Nodes;
using Aula.Graph.Basics;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Messaging;

public sealed class StartThreadTests : IDisposable
{
    private const string Start = """
        mutation($input: StartThreadInput!) {
          startThread(input: $input) {
            thread { id subject sensitive lastSequence unreadCount participants { person { id } lastReadSequence } }
            message { id sequence body }
            errors { code message field }
          }
        }
        """;

    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task StartThreadCreatesTheThreadWithItsFirstMessage()
    {
        var lars = factory.Person("lars.nielsen");

        var payload = await StartAsync("mette.hansen", new { subject = " Skolefoto ", recipientIds = new[] { lars }, body = "Hvornår er der skolefoto?" });
        var inbox = (await factory.GraphQL("lars.nielsen").PostAsync("{ threads(first: 1) { nodes { id subject unreadCount } } }")).Ok();

        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal("Skolefoto", payload["thread"]!["subject"]!.GetValue<string>());
        Assert.Equal(1, payload["message"]!["sequence"]!.GetValue<int>());
        Assert.Equal(0, payload["thread"]!["unreadCount"]!.GetValue<int>());
        var people = payload["thread"]!["participants"]!.AsArray().Select(p => p!["person"]!["id"]!.GetValue<string>()).Order();
        Assert.Equal(new[] { factory.Person("mette.hansen"), lars }.Order(), people);
        var top = inbox["threads"]!["nodes"]![0]!;
        Assert.Equal(payload["thread"]!["id"]!.GetValue<string>(), top["id"]!.GetValue<string>());
        Assert.Equal(1, top["unreadCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task StartThreadWithARecipientTheViewerCannotSeeIsNotFound()
    {
        var hanne = factory.Person("hanne.vestergaard");
        var seen = (await factory.GraphQL("mette.hansen").PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = hanne })).Ok();
        Assert.Null(seen["node"]);
        var threads = factory.Query(db => db.Threads.Count());

        var invisible = await StartAsync("mette.hansen", new { recipientIds = new[] { factory.Person("lars.nielsen"), hanne } });
        var unknown = await StartAsync("mette.hansen", new { recipientIds = new[] { factory.Person("lars.nielsen"), GlobalId.Encode("Person", 999_999) } });
        var malformed = await StartAsync("mette.hansen", new { recipientIds = new[] { factory.Person("lars.nielsen"), "nobody" } });

        Assert.Equal("NOT_FOUND", invisible["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["input", "recipientIds", "1"], invisible["errors"]![0]!["field"].Values());
        Assert.Equal(invisible.ToJsonString(), unknown.ToJsonString());
        Assert.Equal(invisible.ToJsonString(), malformed.ToJsonString());
        Assert.Equal(threads, factory.Query(db => db.Threads.Count()));
    }

    [Fact]
    public async Task StartingASensitiveThreadNeedsSecondFactor()
    {
        var input = new { recipientIds = new[] { factory.Person("lars.nielsen") }, sensitive = true };

        var without = await StartAsync("mette.hansen", input);
        var with = await StartAsync("mette.hansen", input, mfa: true);

        Assert.Equal("STEP_UP_REQUIRED", without["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["input", "sensitive"], without["errors"]![0]!["field"].Values());
        Assert.Empty(with["errors"]!.AsArray());
        Assert.True(with["thread"]!["sensitive"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("", 1, "subject")]
    [InlineData("   ", 1, "subject")]
    [InlineData("201", 1, "subject")]
    [InlineData("ok", 0, "recipientIds")]
    [InlineData("ok", -1, "recipientIds")]
    [InlineData("ok", 51, "recipientIds")]
    public async Task InvalidNewThreadIsRefusedWithTheFieldAtFault(string subject, int recipients, string field)
    {
        var lars = factory.Person("lars.nielsen");
        string[] recipientIds = recipients switch
        {
            -1 => [factory.Person("mette.hansen")],
            _ => [.. Enumerable.Repeat(lars, recipients)],
        };

        var payload = await StartAsync("mette.hansen", new { subject = subject == "201" ? new string('s', 201) : subject, recipientIds });

        Assert.Equal("VALIDATION", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["input", field], payload["errors"]![0]!["field"].Values());
        Assert.Null(payload["thread"]);
    }

    [Fact]
    public async Task RetryingStartThreadReturnsTheSameThreadAndMessage()
    {
        var input = new { recipientIds = new[] { factory.Person("lars.nielsen") }, clientMessageId = MessagingData.NewClientMessageId() };
        var threads = factory.Query(db => db.Threads.Count());

        var first = await StartAsync("mette.hansen", input);
        var again = await StartAsync("mette.hansen", input);

        Assert.Equal(first["thread"]!["id"]!.ToJsonString(), again["thread"]!["id"]!.ToJsonString());
        Assert.Equal(first["message"]!["id"]!.ToJsonString(), again["message"]!["id"]!.ToJsonString());
        Assert.Equal(threads + 1, factory.Query(db => db.Threads.Count()));
    }

    /// Starts a thread; the input's missing fields get ordinary values.
    private async Task<JsonNode> StartAsync(string login, object input, bool mfa = false)
    {
        var fields = System.Text.Json.JsonSerializer.SerializeToNode(input)!.AsObject();
        fields.TryAdd("subject", "Et spørgsmål");
        fields.TryAdd("body", "Hej, har du et øjeblik?");
        fields.TryAdd("clientMessageId", MessagingData.NewClientMessageId());
        return (await factory.GraphQL(login, mfa).PostAsync(Start, new { input = fields })).Ok()["startThread"]!;
    }
}
