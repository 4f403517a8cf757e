using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Errors;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Messaging;

/// markThreadSensitive, through <see cref="ThreadSensitivity"/>.
internal sealed class SensitiveMutations(IDbContextFactory<AulaDbContext> factory) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<MarkThreadSensitivePayloadType>>("markThreadSensitive")
            .Description("Marks a thread you take part in as sensitive: from then on its subject and messages need a second factor "
                + "for everyone, in queries, subscriptions and pushes. Needs a login with a second factor. There is no way back. "
                + "Errors: NOT_FOUND (no thread of yours), STEP_UP_REQUIRED.")
            .Argument<NonNullGraphType<MarkThreadSensitiveInputType>>("input")
            .ResolveAsync(async c =>
            {
                var viewer = await c.ViewerAsync();
                var threadId = GlobalId.Decode(c.GetArgument<ThreadActionInput>("input").ThreadId, "ChatThread") ?? 0;
                var sensitivity = c.RequestServices!.GetRequiredService<ThreadSensitivity>();
                return await sensitivity.MarkAsync(viewer, threadId, c.CancellationToken) is { } error
                    ? new ThreadPayload { Errors = [error.ToUserError()] }
                    : new ThreadPayload { Thread = await ThreadView.FindAsync(factory, viewer, threadId, c.CancellationToken) };
            });
}

public sealed class MarkThreadSensitiveInputType : InputObjectGraphType<ThreadActionInput>
{
    public MarkThreadSensitiveInputType()
    {
        Name = "MarkThreadSensitiveInput";
        Description = "The thread to mark sensitive.";
        Field<NonNullGraphType<IdGraphType>>("threadId");
    }
}

public sealed class MarkThreadSensitivePayloadType : PayloadType<ThreadPayload>
{
    public MarkThreadSensitivePayloadType()
        : base("MarkThreadSensitivePayload", "The thread, now sensitive.", MarkThreadReadPayloadType.ThreadField)
    {
    }
}
