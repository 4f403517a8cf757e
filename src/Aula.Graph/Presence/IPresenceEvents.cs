namespace Aula.Graph.Presence;

/// A change to a child's day was committed. Carries IDs only: whoever delivers it reloads the day for the
/// receiving person, so authorization runs again at delivery.
public sealed record ChildDayChanged(int ChildId, int InstitutionId, DateOnly Date, long EventId);

/// Where the check-in feature rings the doorbell after a commit. The live channel implements it; the default
/// does nothing, since clients can always read the day again.
public interface IPresenceEvents
{
    Task ChildDayChangedAsync(ChildDayChanged changed, CancellationToken cancellationToken);
}

internal sealed class NoPresenceEvents : IPresenceEvents
{
    public Task ChildDayChangedAsync(ChildDayChanged changed, CancellationToken cancellationToken) => Task.CompletedTask;
}
