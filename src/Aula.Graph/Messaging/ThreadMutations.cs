using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Messaging;

/// startThread and sendMessage: both store through <see cref="MessageSender"/>, as the live channel does. The services
/// come from the request, so the schema builds (for the SDL command) without <see cref="MessagingExtensions.AddAulaMessaging"/>.
internal sealed class ThreadMutations(IDbContextFactory<AulaDbContext> factory) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<StartThreadPayloadType>>("startThread")
            .Description("Starts a thread with people you may see, and sends its first message. Retrying with the same clientMessageId "
                + "returns the first result. Errors: VALIDATION, NOT_FOUND (a recipient), STEP_UP_REQUIRED (sensitive), CONFLICT (clientMessageId "
                + "used for another message), UNAVAILABLE (busy; retry with the same clientMessageId).")
            .Argument<NonNullGraphType<StartThreadInputType>>("input")
            .ResolveAsync(async c =>
            {
                var viewer = await c.ViewerAsync();
                var input = c.GetArgument<StartThreadInput>("input");
                var request = new NewThread(input.Subject, [.. input.RecipientIds.Select(id => GlobalId.Decode(id, "Person") ?? 0)],
                    input.Body, input.Sensitive, input.ClientMessageId);
                return await PayloadAsync(viewer, await Sender(c).StartThreadAsync(viewer, request, c.CancellationToken), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<SendMessagePayloadType>>("sendMessage")
            .Description("Sends a message to a thread you take part in. Retrying with the same clientMessageId returns the "
                + "first result and stores nothing new. Errors: VALIDATION, NOT_FOUND (no thread of yours), STEP_UP_REQUIRED "
                + "(sensitive thread), CONFLICT (clientMessageId used for another message), UNAVAILABLE (busy; retry with the same clientMessageId).")
            .Argument<NonNullGraphType<SendMessageInputType>>("input")
            .ResolveAsync(async c =>
            {
                var viewer = await c.ViewerAsync();
                var input = c.GetArgument<SendMessageInput>("input");
                // An ID that names no thread goes on as 0, which no thread has: it fails exactly like an unknown thread.
                var threadId = GlobalId.Decode(input.ThreadId, "ChatThread") ?? 0;
                var result = await Sender(c).SendAsync(viewer.PersonId, viewer.SteppedUp, threadId, input.Body, input.ClientMessageId, c.CancellationToken);
                return await PayloadAsync(viewer, result, c.CancellationToken);
            });
    }

    private static MessageSender Sender(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<MessageSender>();

    private async Task<MessagePayload> PayloadAsync(Viewer viewer, SendResult result, CancellationToken cancellationToken) =>
        result is { Message: { } message }
            ? new MessagePayload { Message = message, Thread = await ThreadView.FindAsync(factory, viewer, message.ThreadId, cancellationToken) }
            : new MessagePayload { Errors = [result.Error!.ToUserError()] };
}
