using System.Text.Json.Nodes;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Aula.Graph.Tests.Messaging;
using Microsoft.Extensions.Time.Testing;

namespace Aula.Graph.Tests.Retention;

/// A deleted pupil's messages go; a thread only the pupil was in goes; a thread the pupil started that others share
/// stays theirs; the gaps left in a thread's sequence do not trouble a client catching up.
public sealed class RetentionThreadTests : IDisposable
{
    private const string Messages = """
        query($id: ID!, $first: Int, $after: String, $afterSequence: Int) {
          node(id: $id) {
            ... on ChatThread {
              lastSequence
              lastMessage { sequence }
              messages(first: $first, after: $after, afterSequence: $afterSequence) {
                pageInfo { hasNextPage endCursor }
                nodes { sequence author { displayName } }
              }
            }
          }
        }
        """;

    private readonly FakeTimeProvider clock = RetentionData.Clock();
    private readonly AulaFactory factory;

    public RetentionThreadTests() => factory = new AulaFactory(clock);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task AThreadOnlyTheChildWasInGoesAndOneItStartedWithOthersStays()
    {
        var (sofie, lars) = (factory.PersonKey("Sofie", "Hansen"), factory.PersonKey("Lars", "Nielsen"));
        await AddNotesAsync(sofie);
        await factory.DueTomorrowAsync(sofie);
        clock.Advance(TimeSpan.FromDays(1));

        await factory.RunJobAsync();

        Assert.Equal(0, factory.Query(db => db.Threads.Count(t => t.Subject == "Mine noter")));
        var question = factory.Query(db => db.Threads.Single(t => t.Subject == "Spørgsmål til lektien"));
        Assert.Equal(lars, question.CreatedById);
        Assert.Equal([2], factory.Sequences("Spørgsmål til lektien"));
        Assert.Equal([lars], factory.Query(db => db.ThreadParticipants.Where(p => p.ThreadId == question.Id).Select(p => p.PersonId).ToList()));
        var preview = (await factory.GraphQL("lars.nielsen").PostAsync(Messages, new { id = factory.Thread("Spørgsmål til lektien") })).Ok();
        Assert.Equal(2, preview["node"]!["lastMessage"]!["sequence"]!.GetValue<int>());
    }

    [Fact]
    public async Task CatchingUpAcrossTheGapsGivesEveryRemainingMessageOnceInOrder()
    {
        await factory.DueTomorrowAsync(factory.PersonKey("Sofie", "Hansen"));
        clock.Advance(TimeSpan.FromDays(1));
        await factory.RunJobAsync();
        Assert.Equal([1, 3, 4, 5], factory.Sequences("Idéer til klasseturen"));
        var (lars, id) = (factory.GraphQL("lars.nielsen"), factory.Thread("Idéer til klasseturen"));

        var first = (await lars.PostAsync(Messages, new { id, afterSequence = 1, first = 2 })).Ok()["node"]!;
        var after = first["messages"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var rest = (await lars.PostAsync(Messages, new { id, afterSequence = 1, first = 2, after })).Ok()["node"]!;
        var all = (await lars.PostAsync(Messages, new { id, afterSequence = 0, first = 10 })).Ok()["node"]!;

        Assert.Equal([3, 4], Sequences(first));
        Assert.True(first["messages"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal([5], Sequences(rest));
        Assert.False(rest["messages"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal([1, 3, 4, 5], Sequences(all));
        Assert.Equal(5, all["lastSequence"]!.GetValue<int>());
        Assert.Equal(5, all["lastMessage"]!["sequence"]!.GetValue<int>());
    }

    private static List<int> Sequences(JsonNode thread) =>
        [.. thread["messages"]!["nodes"]!.AsArray().Select(m => m!["sequence"]!.GetValue<int>())];

    private async Task AddNotesAsync(int sofie)
    {
        var now = clock.GetUtcNow();
        await using var db = factory.Db();
        var notes = new ChatThread { Subject = "Mine noter", CreatedById = sofie, CreatedAt = now, LastSequence = 1, LastActivityAt = now };
        notes.Participants.Add(new ThreadParticipant { PersonId = sofie, LastReadSequence = 1, JoinedAt = now });
        db.Add(notes);
        await db.SaveChangesAsync();
        db.Add(new Message { ThreadId = notes.Id, Sequence = 1, SenderId = sofie, ClientMessageId = "notes-1", Body = "Husk gymnastiktøj", SentAt = now });
        db.Add(new AccessLogEntry { At = now, ActorId = factory.PersonKey("Lars", "Nielsen"), Kind = AccessKind.SensitiveThread, ThreadId = notes.Id });
        await db.SaveChangesAsync();
    }
}
