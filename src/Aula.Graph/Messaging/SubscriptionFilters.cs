using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Messaging;

/// Whether a live event concerns a subscriber, asked of `Access/` each time an event arrives, since a person
/// may leave a thread (or stop sharing one) while subscribed. Delivery reloads through the loaders again.
internal static class SubscriptionFilters
{
    public static async Task<bool> SeesThreadAsync(
        IDbContextFactory<AulaDbContext> factory, Viewer viewer, int threadId, CancellationToken cancellationToken = default)
    {
        await using var db = factory.CreateDbContext();
        return await db.VisibleThreads(viewer).AnyAsync(t => t.Id == threadId, cancellationToken);
    }

    public static async Task<bool> SeesPersonAsync(
        IDbContextFactory<AulaDbContext> factory, Viewer viewer, AulaClock clock, int personId, CancellationToken cancellationToken = default)
    {
        await using var db = factory.CreateDbContext();
        return await db.VisiblePeople(viewer, clock.Today).AnyAsync(p => p.Id == personId, cancellationToken);
    }
}
