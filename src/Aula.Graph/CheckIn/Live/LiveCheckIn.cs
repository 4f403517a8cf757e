using System.Security.Claims;
using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Realtime.Domain;
using Aula.Realtime.Pushes;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.CheckIn.Live;

/// The live channel's check-in decisions, through the same access rules and day reads as GraphQL's.
internal sealed class LiveCheckIn(IDbContextFactory<AulaDbContext> factory, ViewerResolver viewers) : ILiveCheckIn
{
    public async Task<IReadOnlyList<int>> StaffedInstitutionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ResolveAsync(user, cancellationToken);
        await using var db = factory.CreateDbContext();
        return await db.CheckInStaffPlaces(viewer).Select(i => i.Id).ToListAsync(cancellationToken);
    }

    public async Task<LiveChildDay?> LoadDayAsync(int childKey, DateOnly day, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        if (await ChildDays.LoadAsync(db, childKey, day, cancellationToken) is not { } current)
        {
            return null;
        }
        // The guardians are the people SeesDay lets in besides the staff: those with custody of the child.
        var guardians = await db.Custodies.Where(c => c.ChildId == childKey).Select(c => c.GuardianId).ToListAsync(cancellationToken);
        return new LiveChildDay(ToPush(current), current.InstitutionId, guardians);
    }

    /// The push shape of a day, with the graph's global IDs and enum values.
    public static ChildDayPush ToPush(ChildDay day) => new(
        GlobalId.Encode("Child", day.ChildId),
        GlobalId.Encode("Institution", day.InstitutionId),
        day.Date,
        day.Sequence,
        day.Status.ToString().ToConstantCase(),
        day.CheckedInAt,
        day.CheckedOutAt,
        day.PlannedPickup,
        day.Note);
}
