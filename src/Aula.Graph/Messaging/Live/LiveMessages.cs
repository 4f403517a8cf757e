using Aula.Graph.Data;
using Aula.Graph.Schema.Nodes;
using Aula.Realtime.Domain;
using Aula.Realtime.Hubs;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Messaging.Live;

/// Loads a stored message for the live channel's pushes, with the full body: the live channel decides per
/// group whether a connection gets it (a sensitive thread's body only with step-up).
internal sealed class LiveMessages(IDbContextFactory<AulaDbContext> factory) : ILiveMessages
{
    public async Task<MessagePush?> LoadAsync(long messageKey, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.Messages.Where(m => m.Id == messageKey)
            .Select(m => new { Message = m, Sensitive = db.Threads.Any(t => t.Id == m.ThreadId && t.IsSensitive) })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToPush(row.Message, row.Sensitive);
    }

    /// The push shape of a message, with the same global IDs as the graph.
    public static MessagePush ToPush(Message message, bool sensitive) => new(
        GlobalId.Encode("ChatThread", message.ThreadId),
        message.Sequence,
        GlobalId.Encode("Message", message.Id),
        GlobalId.Encode("Person", message.SenderId),
        message.Body,
        message.SentAt,
        sensitive);
}
