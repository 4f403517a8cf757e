using Aula.Graph.Access;
using Aula.Graph.People;
using Aula.Graph.Schema.Loading;
using Aula.Realtime.Events;
using GraphQL.Types;
using LiveMessageAdded = Aula.Realtime.Events.MessageAdded;

namespace Aula.Graph.Messaging;

/// What `myThreadActivity` delivers: built from the event's IDs, reloaded for the subscriber.
public sealed class ThreadActivityType : ObjectGraphType<LiveMessageAdded>
{
    public ThreadActivityType()
    {
        Name = "ThreadActivity";
        Description = "A new message in one of your threads.";
        Field<NonNullGraphType<ChatThreadType>>("thread").Resolve(c => c.Loader<ThreadByIdLoader>().Load(c.Source.ThreadId));
        Field<MessageType>("message")
            .Description("Null, with a STEP_UP_REQUIRED error, in a sensitive thread without a second factor: the push carries no body.")
            .ResolveAsync(async c =>
            {
                ThreadErrors.RequireStepUp(await c.ViewerAsync(), c.Source.Sensitive);
                return c.Loader<MessageByIdLoader>().Load(c.Source.MessageId);
            });
    }
}

public sealed class PresenceChangeType : ObjectGraphType<PresenceChanged>
{
    public PresenceChangeType()
    {
        Name = "PresenceChange";
        Description = "Someone you share a thread or group with came online or went offline.";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.Loader<PersonByIdLoader>().Load(c.Source.PersonId));
        Field<NonNullGraphType<BooleanGraphType>>("online").Resolve(c => c.Source.Online);
    }
}
