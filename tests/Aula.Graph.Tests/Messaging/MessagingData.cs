using System.Text.Json.Nodes;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Messaging;

/// Demo threads by subject, rows counted straight from the database, and the GraphQL documents the tests share.
internal static class MessagingData
{
    public const string SendMessage = """
        mutation($input: SendMessageInput!) {
          sendMessage(input: $input) {
            message { id sequence body author { displayName } }
            thread { id lastSequence unreadCount lastReadSequence }
            errors { code message field }
          }
        }
        """;

    public static int ThreadKey(this AulaFactory factory, string subject) =>
        factory.Query(db => db.Threads.Single(t => t.Subject == subject).Id);

    public static string Thread(this AulaFactory factory, string subject) => GlobalId.Encode("ChatThread", factory.ThreadKey(subject));

    public static int MessageCount(this AulaFactory factory) => factory.Query(db => db.Messages.Count());

    /// The thread's message sequences in the database, in order.
    public static List<int> Sequences(this AulaFactory factory, string subject)
    {
        var id = factory.ThreadKey(subject);
        return factory.Query(db => db.Messages.Where(m => m.ThreadId == id).Select(m => m.Sequence).OrderBy(s => s).ToList());
    }

    public static ThreadParticipant Participant(this AulaFactory factory, string subject, string login) =>
        factory.Query(db => db.ThreadParticipants
            .Single(p => p.Thread.Subject == subject && db.People.Any(x => x.Id == p.PersonId && x.Login == login)));

    public static object SendInput(string threadId, string body, string clientMessageId) =>
        new { input = new { threadId, body, clientMessageId } };

    public static List<string> Strings(this JsonNode? array, string property) =>
        [.. array!.AsArray().Select(n => n![property]!.GetValue<string>())];

    public static List<int> Ints(this JsonNode? array, string property) =>
        [.. array!.AsArray().Select(n => n![property]!.GetValue<int>())];

    public static List<string> Values(this JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<string>())];

    public static string NewClientMessageId() => "test-" + Guid.NewGuid().ToString("N");
}
