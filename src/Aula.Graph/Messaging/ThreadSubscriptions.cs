using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;
using Aula.Realtime.Events;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using LiveMessageAdded = Aula.Realtime.Events.MessageAdded;

namespace Aula.Graph.Messaging;

/// The messaging part of the Subscription root. Each source stream is the live event bus filtered for the subscriber (a singleton
/// source: subscriptions outlive the request scope); each event is then resolved in a fresh scope, reloaded
/// through the loaders as the subscriber may see it, so authorization runs again at delivery.
public sealed class ThreadSubscriptions(
    IDbContextFactory<AulaDbContext> factory, ILiveEventBus bus, AulaClock clock, ILogger<ThreadSubscriptions> logger) : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        subscription.Field<MessageType>("messageAdded")
            .Description("Each new message in a thread you take part in. In a sensitive thread without a second factor "
                + "each push is null with a STEP_UP_REQUIRED error; read the message after stepping up.")
            .Argument<NonNullGraphType<IdGraphType>>("threadId")
            .ResolveStreamAsync(async c =>
            {
                var viewer = await c.ViewerAsync();
                // A thread the viewer does not take part in answers exactly like one that does not exist.
                if (GlobalId.Decode(c.GetArgument<string>("threadId"), "ChatThread") is not { } threadId
                    || !await SubscriptionFilters.SeesThreadAsync(factory, viewer, threadId, c.CancellationToken))
                {
                    throw new AulaError(ErrorCodes.NotFound, ThreadErrors.ThreadNotFound().Message);
                }
                return new LiveSubscription(bus, async e =>
                    e is LiveMessageAdded added && added.ThreadId == threadId
                    && await SubscriptionFilters.SeesThreadAsync(factory, viewer, threadId), logger);
            })
            .ResolveAsync(async c =>
            {
                var added = (LiveMessageAdded)c.Source!;
                ThreadErrors.RequireStepUp(await c.ViewerAsync(), added.Sensitive);
                return c.Loader<MessageByIdLoader>().Load(added.MessageId);
            });

        subscription.Field<NonNullGraphType<ThreadActivityType>>("myThreadActivity")
            .Description("New messages in every thread you take part in.")
            .ResolveStreamAsync(async c =>
            {
                var viewer = await c.ViewerAsync();
                return new LiveSubscription(bus, async e =>
                    e is LiveMessageAdded added && await SubscriptionFilters.SeesThreadAsync(factory, viewer, added.ThreadId), logger);
            })
            .Resolve(c => c.Source);

        subscription.Field<NonNullGraphType<PresenceChangeType>>("presenceChanged")
            .Description("People you share a thread or group with coming online or going offline.")
            .ResolveStreamAsync(async c =>
            {
                var viewer = await c.ViewerAsync();
                return new LiveSubscription(bus, async e =>
                    e is PresenceChanged changed && await SubscriptionFilters.SeesPersonAsync(factory, viewer, clock, changed.PersonId), logger);
            })
            .Resolve(c => c.Source);
    }
}
