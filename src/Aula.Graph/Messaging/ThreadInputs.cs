using GraphQL.Types;

namespace Aula.Graph.Messaging;

public sealed class StartThreadInput
{
    public string Subject { get; set; } = "";
    public List<string> RecipientIds { get; set; } = [];
    public string Body { get; set; } = "";
    public bool Sensitive { get; set; }
    public string ClientMessageId { get; set; } = "";
}

public sealed class SendMessageInput
{
    public string ThreadId { get; set; } = "";
    public string Body { get; set; } = "";
    public string ClientMessageId { get; set; } = "";
}

/// The input of markThreadRead, muteThread and leaveThread; each reads the fields it has.
public sealed class ThreadActionInput
{
    public string ThreadId { get; set; } = "";
    public int? Sequence { get; set; }
    public bool Muted { get; set; }
}

public sealed class StartThreadInputType : InputObjectGraphType<StartThreadInput>
{
    public StartThreadInputType()
    {
        Name = "StartThreadInput";
        Field(i => i.Subject).Description($"1 to {MessageRules.MaxSubjectLength} characters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("recipientIds")
            .Description($"1 to {MessageRules.MaxRecipients} people you may see; you take part without naming yourself.");
        Field(i => i.Body).Description($"The first message: 1 to {MessageRules.MaxBodyLength} characters, not only spaces.");
        Field<BooleanGraphType>("sensitive").DefaultValue(false)
            .Description("Marks the thread sensitive: reading it will need a second factor, and so does starting it.");
        ThreadInputFields.ClientMessageId(this);
    }
}

public sealed class SendMessageInputType : InputObjectGraphType<SendMessageInput>
{
    public SendMessageInputType()
    {
        Name = "SendMessageInput";
        Field<NonNullGraphType<IdGraphType>>("threadId");
        Field(i => i.Body).Description($"1 to {MessageRules.MaxBodyLength} characters, not only spaces.");
        ThreadInputFields.ClientMessageId(this);
    }
}

public sealed class MarkThreadReadInputType : InputObjectGraphType<ThreadActionInput>
{
    public MarkThreadReadInputType()
    {
        Name = "MarkThreadReadInput";
        Field<NonNullGraphType<IdGraphType>>("threadId");
        Field<IntGraphType>("sequence").Description("Read up to this message; the newest when left out. The mark never moves back.");
    }
}

public sealed class MuteThreadInputType : InputObjectGraphType<ThreadActionInput>
{
    public MuteThreadInputType()
    {
        Name = "MuteThreadInput";
        Field<NonNullGraphType<IdGraphType>>("threadId");
        Field<NonNullGraphType<BooleanGraphType>>("muted");
    }
}

public sealed class LeaveThreadInputType : InputObjectGraphType<ThreadActionInput>
{
    public LeaveThreadInputType()
    {
        Name = "LeaveThreadInput";
        Field<NonNullGraphType<IdGraphType>>("threadId");
    }
}

internal static class ThreadInputFields
{
    public static void ClientMessageId<T>(InputObjectGraphType<T> type) =>
        type.Field<NonNullGraphType<StringGraphType>>("clientMessageId")
            .Description("Your idempotency key, unique among your messages: 1 to 64 of A-Z a-z 0-9 _ - : . "
                + "Sending again with the same key returns the first result and stores nothing new.");
}
