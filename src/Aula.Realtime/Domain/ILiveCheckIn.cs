using System.Security.Claims;
using Aula.Realtime.Pushes;

namespace Aula.Realtime.Domain;

/// The check-in decisions the hub needs, made by the host with the same access rules as GraphQL's.
public interface ILiveCheckIn
{
    /// Institutions whose children's days the connecting person follows as check-in staff.
    Task<IReadOnlyList<int>> StaffedInstitutionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    /// The day as it stands now, with who may see it; null when the child has no check-in place that date.
    Task<LiveChildDay?> LoadDayAsync(int childKey, DateOnly day, CancellationToken cancellationToken);
}

/// A child's day for a push, and its audience besides the institution's staff: the child's guardians.
public sealed record LiveChildDay(ChildDayPush Push, int InstitutionKey, IReadOnlyList<int> GuardianKeys);
