using Aula.Graph.Access;
using Aula.Graph.Data;
using Aula.Graph.People;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;
using Aula.Graph.Schema.Nodes;
using GraphQL.Types;

namespace Aula.Graph.Messaging;

public sealed class MessageType : ObjectGraphType<Message>
{
    public MessageType(IEnumerable<ITypeFields<MessageType>> extensions)
    {
        this.IsNode("Message", m => m.Id);
        Description = "One message in a thread.";
        Field<NonNullGraphType<IntGraphType>>("sequence")
            .Description("The message's place in its thread: 1, 2, 3…, with a gap only where a message was deleted under the deletion rules "
                + "(its author's data expired). Catch up with `messages(afterSequence:)`, which skips gaps.")
            .Resolve(c => c.Source.Sequence);
        Field<NonNullGraphType<StringGraphType>>("body").ResolveAsync(async c => await SensitiveReads.BodyAsync(c));
        Field<NonNullGraphType<PersonType>>("author").Resolve(c => c.Loader<PersonRefLoader>().Load(c.Source.SenderId));
        Field<NonNullGraphType<DateTimeGraphType>>("sentAt").Resolve(c => c.Source.SentAt.UtcDateTime);
        Field<StringGraphType>("clientMessageId")
            .Description("The idempotency key the author sent it with; null on other people's messages.")
            .ResolveAsync(async c => (await c.ViewerAsync()).PersonId == c.Source.SenderId ? c.Source.ClientMessageId : null);
        Field<NonNullGraphType<ChatThreadType>>("thread").Resolve(c => c.Loader<ThreadByIdLoader>().Load(c.Source.ThreadId));
        this.Extend(extensions);
    }
}
