using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Paging;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Messaging;

/// `ChatThread.messages`: a thread's messages by sequence, for reading back (`last: 20`) and for catching up.
internal sealed class MessageQueries(IDbContextFactory<AulaDbContext> factory) : ITypeFields<ChatThreadType>
{
    private static readonly Keyset<Message, int> BySequence = new(
        m => m.Sequence,
        q => q.OrderBy(m => m.Sequence),
        q => q.OrderByDescending(m => m.Sequence),
        k => m => m.Sequence > k,
        k => m => m.Sequence < k);

    public void AddTo(ChatThreadType type) =>
        type.Field<ConnectionType<MessageType, Message>>("messages")
            .Description("The thread's messages, oldest first: `last: 20` gives the newest twenty, `before` pages back. "
                + "A client that missed pushes passes `afterSequence` (the last sequence it saw) with `first`, and follows "
                + "`pageInfo.endCursor` while `hasNextPage`: it gets every later message, in order, exactly once. "
                + "Null, with a STEP_UP_REQUIRED error, for a sensitive thread without a second factor.")
            .Paged()
            .Argument<IntGraphType>("afterSequence", "Only messages whose sequence is greater than this.")
            .ResolveAsync(async c =>
            {
                var viewer = await SensitiveReads.OpenAsync(c, c.Source.Id, c.Source.IsSensitive);
                var threadId = c.Source.Id;
                var afterSequence = c.GetArgument<int?>("afterSequence");
                if (afterSequence < 0)
                {
                    throw new AulaError(ErrorCodes.Validation, "afterSequence takes 0 or more.");
                }
                return await BySequence.PageAsync(factory, db =>
                {
                    var messages = db.ReadableMessages(viewer).Where(m => m.ThreadId == threadId);
                    return afterSequence is { } after ? messages.Where(m => m.Sequence > after) : messages;
                }, PageArgs.From(c), c.CancellationToken);
            });
}
