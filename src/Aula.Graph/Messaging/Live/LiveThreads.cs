using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Realtime.Domain;
using Aula.Realtime.Pushes;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Messaging.Live;

/// The live channel's messaging decisions, through the same access filters and services as the GraphQL
/// mutations, so both transports answer alike (same rules, same codes).
internal sealed class LiveThreads(IDbContextFactory<AulaDbContext> factory, MessageSender sender, ThreadMembership membership) : ILiveThreads
{
    public async Task<IReadOnlyList<LiveThread>> ThreadsOfAsync(LiveViewer viewer, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.VisibleThreads(AsViewer(viewer)).Select(t => new { t.Id, t.IsSensitive }).ToListAsync(cancellationToken);
        return [.. rows.Select(t => Live(t.Id, t.IsSensitive))];
    }

    public async Task<LiveThread?> FindAsync(LiveViewer viewer, string threadId, CancellationToken cancellationToken)
    {
        if (GlobalId.Decode(threadId, "ChatThread") is not { } key)
        {
            return null;
        }
        await using var db = factory.CreateDbContext();
        var row = await db.VisibleThreads(AsViewer(viewer)).Where(t => t.Id == key)
            .Select(t => new { t.Id, t.IsSensitive }).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : Live(row.Id, row.IsSensitive);
    }

    public async Task<LiveOutcome<MessagePush>> SendAsync(
        LiveViewer viewer, int threadKey, string body, string clientMessageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var result = await sender.SendAsync(viewer.PersonKey, viewer.SteppedUp, threadKey, body, clientMessageId, cancellationToken);
        return result.Message is { } message
            ? new LiveOutcome<MessagePush>(MessagePushes.Of(message, result.Sensitive), null)
            : new LiveOutcome<MessagePush>(null, ToHub(result.Error!));
    }

    public async Task<HubError?> MarkReadAsync(LiveViewer viewer, int threadKey, int sequence, CancellationToken cancellationToken) =>
        await membership.MarkReadAsync(AsViewer(viewer), threadKey, sequence, cancellationToken) is { } error ? ToHub(error) : null;

    /// Visibility of threads and messages asks only who the person is and whether the token has step-up.
    private static Viewer AsViewer(LiveViewer viewer) => new() { PersonId = viewer.PersonKey, SteppedUp = viewer.SteppedUp };

    private static LiveThread Live(int key, bool sensitive) => new(key, GlobalId.Encode("ChatThread", key), sensitive);

    private static HubError ToHub(MessagingError error) => new(error.Code, error.Message);
}
