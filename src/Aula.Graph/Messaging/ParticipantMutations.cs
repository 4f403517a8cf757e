using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Messaging;

/// markThreadRead, muteThread and leaveThread: a participant's own row, through <see cref="ThreadMembership"/>.
internal sealed class ParticipantMutations(IDbContextFactory<AulaDbContext> factory) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MarkThreadReadPayloadType>>("markThreadRead")
            .Description("Marks a thread read up to a message (the newest by default). The mark never moves back. "
                + "Errors: NOT_FOUND (no thread of yours), VALIDATION (a sequence the thread does not have).")
            .Argument<NonNullGraphType<MarkThreadReadInputType>>("input")
            .ResolveAsync(c => RunAsync(c, (membership, viewer, input, id, ct) => membership.MarkReadAsync(viewer, id, input.Sequence, ct)));

        mutation.Field<NonNullGraphType<MuteThreadPayloadType>>("muteThread")
            .Description("Mutes or unmutes a thread for you: no notifications while muted. Errors: NOT_FOUND (no thread of yours).")
            .Argument<NonNullGraphType<MuteThreadInputType>>("input")
            .ResolveAsync(c => RunAsync(c, (membership, viewer, input, id, ct) => membership.SetMutedAsync(viewer, id, input.Muted, ct)));

        mutation.Field<NonNullGraphType<LeaveThreadPayloadType>>("leaveThread")
            .Description("Leaves a thread. Afterwards it is gone for you: its ID behaves like one that does not exist. "
                + "Errors: NOT_FOUND (no thread of yours).")
            .Argument<NonNullGraphType<LeaveThreadInputType>>("input")
            .ResolveAsync(c => RunAsync(c, (membership, viewer, _, id, ct) => membership.LeaveAsync(viewer, id, ct), reload: false));
    }

    private async Task<object?> RunAsync(IResolveFieldContext context,
        Func<ThreadMembership, Viewer, ThreadActionInput, int, CancellationToken, Task<MessagingError?>> action, bool reload = true)
    {
        var viewer = await context.ViewerAsync();
        var input = context.GetArgument<ThreadActionInput>("input");
        var threadId = GlobalId.Decode(input.ThreadId, "ChatThread") ?? 0;
        if (await action(context.RequestServices!.GetRequiredService<ThreadMembership>(), viewer, input, threadId, context.CancellationToken) is { } error)
        {
            return new ThreadPayload { Errors = [error.ToUserError()] };
        }
        return new ThreadPayload
        {
            ThreadId = input.ThreadId,
            Thread = reload ? await ThreadView.FindAsync(factory, viewer, threadId, context.CancellationToken) : null,
        };
    }
}
