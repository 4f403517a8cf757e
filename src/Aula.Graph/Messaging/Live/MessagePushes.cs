using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Realtime.Pushes;

namespace Aula.Graph.Messaging.Live;

/// Loads a stored message for the live channel's pushes, with the full body: the live channel decides per
/// group whether a connection gets it (a sensitive thread's body only with step-up).
/// The hub's shape of a stored message.
internal static class MessagePushes
{
    /// The push shape of a message, with the same global IDs as the graph.
    public static MessagePush Of(Message message, bool sensitive) => new(
        GlobalId.Encode("ChatThread", message.ThreadId),
        message.Sequence,
        GlobalId.Encode("Message", message.Id),
        GlobalId.Encode("Person", message.SenderId),
        message.Body,
        message.SentAt,
        sensitive);
}
