using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Aula.Graph.Tests.Messaging;

namespace Aula.Graph.Tests.Access;

/// Reads of a sensitive thread's contents are logged, once per execution; envelopes, ordinary threads and
/// refused reads are not.
public sealed class AccessLogWriteTests : IDisposable
{
    private const string Sensitive = "Sofies allergi";
    private const string Everyday = "Sofie er syg i dag";
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    private async Task ReadAsync(string login, bool mfa, string subject, string selection) =>
        await factory.GraphQL(login, mfa).PostAsync($"query($id: ID!) {{ node(id: $id) {{ ... on ChatThread {{ {selection} }} }} }}",
            new { id = factory.Thread(subject) });

    [Fact]
    public async Task SteppedUpReadOfASensitiveThreadIsLoggedOncePerRequest()
    {
        await ReadAsync("mette.hansen", true, Sensitive, "subject lastMessage { body } messages(last: 10) { nodes { body } }");

        var entry = Assert.Single(factory.LogEntries());
        Assert.Equal(AccessKind.SensitiveThread, entry.Kind);
        Assert.Equal(factory.ThreadKey(Sensitive), entry.ThreadId);
        Assert.Equal(factory.PersonKey("mette.hansen"), entry.ActorId);
        Assert.Null(entry.ClientId);
        Assert.Null(entry.ChildId);
    }

    [Theory]
    [InlineData("subject")]
    [InlineData("lastMessage { sentAt }")]
    [InlineData("messages(first: 1) { totalCount }")]
    public async Task EachContentFieldIsARead(string selection)
    {
        await ReadAsync("lars.nielsen", true, Sensitive, selection);

        Assert.Equal(factory.ThreadKey(Sensitive), Assert.Single(factory.LogEntries()).ThreadId);
    }

    [Fact]
    public async Task EnvelopesOrdinaryThreadsAndRefusedReadsAreNotLogged()
    {
        await ReadAsync("mette.hansen", true, Sensitive, "sensitive unreadCount lastActivityAt participants { person { displayName } }");
        await ReadAsync("mette.hansen", false, Sensitive, "subject lastMessage { body } messages(last: 10) { nodes { body } }");
        await ReadAsync("mette.hansen", true, Everyday, "subject lastMessage { body } messages(last: 10) { nodes { body } }");
        await factory.GraphQL("mette.hansen", mfa: true).PostAsync("{ threads(first: 50, filter: { sensitive: false }) { nodes { subject lastMessage { body } } } }");

        Assert.Empty(factory.LogEntries());
    }

    [Fact]
    public async Task ASensitiveMessageBodyFetchedByIdIsLogged()
    {
        var id = GlobalId.Encode("Message", factory.Query(db => db.Messages.First(m => m.ThreadId == factory.ThreadKey(Sensitive)).Id));
        var query = "query($id: ID!) { node(id: $id) { ... on Message { body } } }";

        (await factory.GraphQL("mette.hansen").PostAsync(query, new { id })).Ok();
        Assert.Empty(factory.LogEntries());
        (await factory.GraphQL("mette.hansen", mfa: true).PostAsync("query($id: ID!) { node(id: $id) { ... on Message { sentAt } } }", new { id })).Ok();
        Assert.Empty(factory.LogEntries());
        (await factory.GraphQL("mette.hansen", mfa: true).PostAsync(query, new { id })).Ok();

        var entry = Assert.Single(factory.LogEntries());
        Assert.Equal((AccessKind.SensitiveThread, factory.ThreadKey(Sensitive)), (entry.Kind, entry.ThreadId));
    }

    [Fact]
    public async Task EveryRequestIsItsOwnRead()
    {
        await ReadAsync("mette.hansen", true, Sensitive, "subject");
        await ReadAsync("mette.hansen", true, Sensitive, "subject");
        await ReadAsync("lars.nielsen", true, Sensitive, "subject");

        Assert.Equal(
            [factory.PersonKey("mette.hansen"), factory.PersonKey("mette.hansen"), factory.PersonKey("lars.nielsen")],
            factory.LogEntries().Select(e => e.ActorId));
    }

    [Fact]
    public async Task ReadingAThreadRightAfterItWasMarkedSensitiveIsLogged()
    {
        var lars = factory.GraphQL("lars.nielsen", mfa: true);
        await ReadAsync("lars.nielsen", true, Everyday, "subject");
        Assert.Empty(factory.LogEntries());

        (await lars.PostAsync("mutation($id: ID!) { markThreadSensitive(input: { threadId: $id }) { errors { code } } }",
            new { id = factory.Thread(Everyday) })).Ok();
        await ReadAsync("mette.hansen", true, Everyday, "messages(last: 1) { nodes { body } }");

        // The mutation's own payload read nothing of the thread; Mette's read after it is logged.
        var entry = Assert.Single(factory.LogEntries());
        Assert.Equal((factory.PersonKey("mette.hansen"), factory.ThreadKey(Everyday)), (entry.ActorId, entry.ThreadId));
    }
}
