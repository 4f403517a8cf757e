using Aula.Graph.Data;
using Aula.Graph.Schema.Errors;
using GraphQL.Types;

namespace Aula.Graph.Messaging;

/// The result of startThread and sendMessage: the stored message and its thread as it is now.
public sealed class MessagePayload : Payload
{
    public Message? Message { get; init; }
    public ThreadView? Thread { get; init; }
}

/// The result of markThreadRead and muteThread, and of leaveThread (whose thread is then gone from view).
public sealed class ThreadPayload : Payload
{
    public ThreadView? Thread { get; init; }
    public string? ThreadId { get; init; }
}

public sealed class StartThreadPayloadType : PayloadType<MessagePayload>
{
    public StartThreadPayloadType() : base("StartThreadPayload", "The new thread and its first message.", MessageFields)
    {
    }

    internal static void MessageFields(PayloadType<MessagePayload> type)
    {
        type.Field<MessageType>("message").Resolve(c => c.Source.Message);
        type.Field<ChatThreadType>("thread").Resolve(c => c.Source.Thread);
    }
}

public sealed class SendMessagePayloadType : PayloadType<MessagePayload>
{
    public SendMessagePayloadType()
        : base("SendMessagePayload", "The stored message (the first one, when a send is retried) and its thread.", StartThreadPayloadType.MessageFields)
    {
    }
}

public sealed class MarkThreadReadPayloadType : PayloadType<ThreadPayload>
{
    public MarkThreadReadPayloadType() : base("MarkThreadReadPayload", "The thread with your new read mark.", ThreadField)
    {
    }

    internal static void ThreadField(PayloadType<ThreadPayload> type) => type.Field<ChatThreadType>("thread").Resolve(c => c.Source.Thread);
}

public sealed class MuteThreadPayloadType : PayloadType<ThreadPayload>
{
    public MuteThreadPayloadType() : base("MuteThreadPayload", "The thread, muted or not.", MarkThreadReadPayloadType.ThreadField)
    {
    }
}

public sealed class LeaveThreadPayloadType : PayloadType<ThreadPayload>
{
    public LeaveThreadPayloadType() : base("LeaveThreadPayload", "Which thread you left; it is no longer visible to you.", type =>
        type.Field<IdGraphType>("threadId").Description("The ID of the thread you left.").Resolve(c => c.Source.ThreadId))
    {
    }
}
