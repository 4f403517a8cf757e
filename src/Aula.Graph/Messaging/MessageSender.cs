using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Messaging.Live;
using Aula.Realtime.Events;
using Aula.Realtime.Hubs;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Messaging;

/// What a send did: the stored message (the first one, when <see cref="Replayed"/>), or why nothing was stored.
public sealed record SendResult(Message? Message, MessagingError? Error, bool Replayed = false, bool Sensitive = false)
{
    public static SendResult Failed(MessagingError error) => new(null, error);
}

/// The one place a message is stored, for every transport (GraphQL mutations, the live channel). Validate,
/// then one short transaction: replay an earlier send with the same client message id, or take the thread's
/// next sequence and insert; commit; and only then publish the event.
public sealed partial class MessageSender(
    WriteRetry retry, IDbContextFactory<AulaDbContext> factory, AulaClock clock, LivePublisher live)
{
    public async Task<SendResult> SendAsync(
        int senderId, bool steppedUp, int threadId, string body, string clientMessageId, CancellationToken cancellationToken)
    {
        if (MessageRules.CheckMessage(body, clientMessageId) is { } invalid)
        {
            return SendResult.Failed(invalid);
        }
        // Thread visibility asks only who the sender is; the second factor decides about sensitive threads.
        var sender = new Viewer { PersonId = senderId, SteppedUp = steppedUp };
        var text = body.Trim();
        var result = await retry.RunAsync((db, ct) => StoreAsync(db, sender, threadId, text, clientMessageId, ct), cancellationToken)
            ?? SendResult.Failed(ThreadErrors.Unavailable());
        Publish(result);
        return result;
    }

    private async Task<SendResult> StoreAsync(
        AulaDbContext db, Viewer sender, int threadId, string body, string clientMessageId, CancellationToken cancellationToken)
    {
        var thread = await db.VisibleThreads(sender).Where(t => t.Id == threadId)
            .Select(t => new { t.IsSensitive }).FirstOrDefaultAsync(cancellationToken);
        if (thread is null)
        {
            return SendResult.Failed(ThreadErrors.ThreadNotFound());
        }
        if (thread.IsSensitive && !sender.SteppedUp)
        {
            return SendResult.Failed(ThreadErrors.StepUp());
        }
        if (await FindEarlierAsync(db, sender.PersonId, clientMessageId, cancellationToken) is { } earlier)
        {
            return earlier.ThreadId == threadId && earlier.Body == body
                ? new SendResult(earlier, null, Replayed: true, thread.IsSensitive)
                : SendResult.Failed(ThreadErrors.Conflict());
        }

        // Incremented in the database under the row's write lock: concurrent senders queue on the thread's row
        // instead of failing on a stale concurrency token, and the numbers have no gaps (a rollback undoes one).
        var now = clock.Now;
        await db.Threads.Where(t => t.Id == threadId).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.LastSequence, t => t.LastSequence + 1)
            .SetProperty(t => t.LastActivityAt, now), cancellationToken);
        var sequence = await db.Threads.Where(t => t.Id == threadId).Select(t => t.LastSequence).SingleAsync(cancellationToken);
        var message = new Message
        {
            ThreadId = threadId,
            Sequence = sequence,
            SenderId = sender.PersonId,
            ClientMessageId = clientMessageId,
            Body = body,
            SentAt = now,
        };
        db.Messages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        await db.ThreadParticipants
            .Where(p => p.ThreadId == threadId && p.PersonId == sender.PersonId && p.LastReadSequence < sequence)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LastReadSequence, sequence), cancellationToken);
        return new SendResult(message, null, Replayed: false, thread.IsSensitive);
    }

    private static Task<Message?> FindEarlierAsync(AulaDbContext db, int senderId, string clientMessageId, CancellationToken cancellationToken) =>
        db.Messages.FirstOrDefaultAsync(m => m.SenderId == senderId && m.ClientMessageId == clientMessageId, cancellationToken);

    /// After the commit, and only for a message stored now: a replay was announced the first time. The live channel
    /// queues the announcement, so the sender never waits for it; the message is stored whatever happens to it.
    private void Publish(SendResult result)
    {
        if (result is { Message: { } message, Replayed: false })
        {
            live.MessageAdded(
                new MessageAdded(message.ThreadId, message.Sequence, message.Id, message.SenderId, result.Sensitive),
                MessagePushes.Of(message, result.Sensitive));
        }
    }
}
