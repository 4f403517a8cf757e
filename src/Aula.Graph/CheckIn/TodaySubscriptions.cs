using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;
using Aula.Realtime.Events;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using LiveChildPresenceChanged = Aula.Realtime.Events.ChildPresenceChanged;

namespace Aula.Graph.CheckIn;

/// `Subscription.childPresenceChanged`: the live event bus filtered per event for the subscriber as they are at
/// that moment (a viewer resolved afresh, the day read afresh), each event then reloaded through the loader.
/// (Named to sort after Messaging's <c>ThreadSubscriptions</c>: the schema lists root fields in the order of their parts' names.)
public sealed class TodaySubscriptions(
    IDbContextFactory<AulaDbContext> factory, ILiveEventBus bus, ViewerResolver viewers, ILogger<TodaySubscriptions> logger)
    : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        subscription.Field<NonNullGraphType<ChildDayType>>("childPresenceChanged")
            .Description("Each committed change to a child's day you may see: as staff, every child's at your institution; "
                + "as a guardian, your children's. Narrow to an institution or a group where you are staff.")
            .Argument<IdGraphType>("institutionId", "Only days at this institution.")
            .Argument<IdGraphType>("groupId", "Only days of the children in this group.")
            .ResolveStreamAsync(async c =>
            {
                var viewer = await c.ViewerAsync();
                DayScope scope;
                await using (var db = factory.CreateDbContext())
                {
                    scope = await DayScope.OpenAsync(
                        db, viewer, c.GetArgument<string?>("institutionId"), c.GetArgument<string?>("groupId"), c.CancellationToken);
                }
                var user = c.User!;
                return new LiveSubscription(bus, async e =>
                {
                    if (e is not LiveChildPresenceChanged changed)
                    {
                        return false;
                    }
                    // Custody and employment may have changed since the start: the rules see the viewer as they are now.
                    var now = await viewers.ResolveAsync(user, CancellationToken.None);
                    await using var db = factory.CreateDbContext();
                    return await scope.AcceptsAsync(db, now, changed, CancellationToken.None);
                }, logger);
            })
            .ResolveAsync(async c =>
            {
                var changed = (LiveChildPresenceChanged)c.Source!;
                var viewer = await c.ViewerAsync();
                var day = await c.Loader<ChildDayLoader>().Load((changed.ChildId, (DateOnly?)changed.Date)).GetResultAsync(c.CancellationToken);
                return day is not null && viewer.SeesDay(day.ChildId, day.InstitutionId) ? day : throw new AulaError(ErrorCodes.NotFound, "No child with this ID.");
            });
    }
}
