using Aula.Graph.Access;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Messaging;

/// A new thread and its first message. A recipient ID of 0 stands for an ID that named nobody.
public sealed record NewThread(string Subject, IReadOnlyList<int> RecipientIds, string Body, bool Sensitive, string ClientMessageId);

public sealed partial class MessageSender
{
    /// Starts a thread with the viewer and the recipients, who must be people the viewer may see.
    public async Task<SendResult> StartThreadAsync(Viewer viewer, NewThread request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(request);
        var others = request.RecipientIds.Where(id => id != viewer.PersonId).Distinct().ToList();
        if ((MessageRules.CheckThread(request.Subject, request.RecipientIds.Count, others.Count)
            ?? MessageRules.CheckMessage(request.Body, request.ClientMessageId)) is { } invalid)
        {
            return SendResult.Failed(invalid);
        }
        if (request.Sensitive && !viewer.SteppedUp)
        {
            return SendResult.Failed(ThreadErrors.StepUp("sensitive"));
        }
        if (await FindInvisibleRecipientAsync(viewer, request.RecipientIds, others, cancellationToken) is { } unknown)
        {
            return SendResult.Failed(ThreadErrors.PersonNotFound(unknown));
        }
        var start = request with { Subject = request.Subject.Trim(), Body = request.Body.Trim() };
        var result = await retry.RunAsync((db, ct) => CreateAsync(db, viewer.PersonId, start, others, ct), cancellationToken)
            ?? SendResult.Failed(ThreadErrors.Unavailable());
        Publish(result);
        return result;
    }

    /// The index of the first recipient who does not exist or whom the viewer may not see, or null.
    private async Task<int?> FindInvisibleRecipientAsync(
        Viewer viewer, IReadOnlyList<int> named, List<int> others, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var visible = await db.VisiblePeople(viewer, clock.Today)
            .Where(p => others.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        var index = named.ToList().FindIndex(id => id != viewer.PersonId && !visible.Contains(id));
        return index < 0 ? null : index;
    }

    private async Task<SendResult> CreateAsync(
        AulaDbContext db, int creatorId, NewThread start, List<int> others, CancellationToken cancellationToken)
    {
        if (await FindEarlierAsync(db, creatorId, start.ClientMessageId, cancellationToken) is { } earlier)
        {
            // A replay is the same request again: same thread envelope, same recipients, and a thread the creator
            // still takes part in (after leaving it, the thread is not theirs to see).
            var same = earlier.Sequence == 1 && earlier.Body == start.Body && await db.Threads.AnyAsync(t =>
                t.Id == earlier.ThreadId && t.CreatedById == creatorId && t.Subject == start.Subject && t.IsSensitive == start.Sensitive
                && t.Participants.Any(p => p.PersonId == creatorId && p.LeftAt == null),
                cancellationToken);
            var recipients = await db.ThreadParticipants
                .Where(p => p.ThreadId == earlier.ThreadId && p.PersonId != creatorId)
                .Select(p => p.PersonId).ToListAsync(cancellationToken);
            return same && recipients.Order().SequenceEqual(others.Order())
                ? new SendResult(earlier, null, Replayed: true, start.Sensitive)
                : SendResult.Failed(ThreadErrors.Conflict());
        }
        var now = clock.Now;
        var thread = new ChatThread
        {
            Subject = start.Subject,
            IsSensitive = start.Sensitive,
            CreatedById = creatorId,
            CreatedAt = now,
            LastSequence = 1,
            LastActivityAt = now,
            Participants =
            [
                new ThreadParticipant { PersonId = creatorId, LastReadSequence = 1, JoinedAt = now },
                .. others.Select(id => new ThreadParticipant { PersonId = id, JoinedAt = now }),
            ],
        };
        db.Threads.Add(thread);
        await db.SaveChangesAsync(cancellationToken);
        var message = new Message
        {
            ThreadId = thread.Id,
            Sequence = 1,
            SenderId = creatorId,
            ClientMessageId = start.ClientMessageId,
            Body = start.Body,
            SentAt = now,
        };
        db.Messages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        return new SendResult(message, null, Replayed: false, start.Sensitive);
    }
}
