using Aula.Graph.Data;
using Aula.Graph.People;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;
using Aula.Graph.Schema.Nodes;
using GraphQL.Types;

namespace Aula.Graph.Messaging;

public sealed class ChatThreadType : ObjectGraphType<ThreadView>
{
    public ChatThreadType(IEnumerable<ITypeFields<ChatThreadType>> extensions)
    {
        this.IsNode("ChatThread", t => t.Id);
        Description = "A conversation between participants. A sensitive thread shows only its envelope (participants, "
            + "times, counts) until the viewer logs in with a second factor; its contents then fail with STEP_UP_REQUIRED.";
        Field<StringGraphType>("subject")
            .Description("Null, with a STEP_UP_REQUIRED error, for a sensitive thread without a second factor.")
            .ResolveAsync(async c =>
            {
                await SensitiveReads.OpenAsync(c, c.Source.Id, c.Source.IsSensitive);
                return c.Source.Subject;
            });
        Field<NonNullGraphType<BooleanGraphType>>("sensitive")
            .Description("Holds sensitive personal data; reading it needs a second factor.")
            .Resolve(c => c.Source.IsSensitive);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt.UtcDateTime);
        Field<NonNullGraphType<DateTimeGraphType>>("lastActivityAt")
            .Description("When the newest message was sent.")
            .Resolve(c => c.Source.LastActivityAt.UtcDateTime);
        Field<NonNullGraphType<IntGraphType>>("lastSequence")
            .Description("The sequence of the newest message (0 before the first). Messages are numbered 1, 2, 3…, with gaps only "
                + "where the deletion job removed the messages of an author whose data expired.")
            .Resolve(c => c.Source.LastSequence);
        Field<NonNullGraphType<IntGraphType>>("lastReadSequence")
            .Description("How far you have read.")
            .Resolve(c => c.Source.LastReadSequence);
        Field<NonNullGraphType<IntGraphType>>("unreadCount")
            .Description("How many messages came after the last one you read.")
            .Resolve(c => c.Source.UnreadCount);
        Field<NonNullGraphType<BooleanGraphType>>("muted").Description("Whether you muted the thread.").Resolve(c => c.Source.Muted);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThreadParticipantType>>>>("participants")
            .Description("Everyone who takes or took part, in the order they joined.")
            .Resolve(c => c.Loader<ThreadParticipantsLoader>().Load(c.Source.Id));
        Field<MessageType>("lastMessage")
            .Description("The newest message, for previews in a list of threads. STEP_UP_REQUIRED for a sensitive thread without a second factor.")
            .ResolveAsync(async c =>
            {
                await SensitiveReads.OpenAsync(c, c.Source.Id, c.Source.IsSensitive);
                return c.Loader<LastMessageLoader>().Load(c.Source.Id);
            });
        this.Extend(extensions);
    }
}

public sealed class ThreadParticipantType : ObjectGraphType<ThreadParticipant>
{
    public ThreadParticipantType()
    {
        Name = "ThreadParticipant";
        Description = "One person's part in a thread.";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.Loader<PersonRefLoader>().Load(c.Source.PersonId));
        Field<NonNullGraphType<IntGraphType>>("lastReadSequence")
            .Description("The sequence of the newest message this person has read.")
            .Resolve(c => c.Source.LastReadSequence);
        Field<NonNullGraphType<BooleanGraphType>>("muted").Resolve(c => c.Source.IsMuted);
        Field<NonNullGraphType<DateTimeGraphType>>("joinedAt").Resolve(c => c.Source.JoinedAt.UtcDateTime);
        Field<DateTimeGraphType>("leftAt")
            .Description("When the person left the thread; null while they take part.")
            .Resolve(c => c.Source.LeftAt?.UtcDateTime);
    }
}
