using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.CheckIn;

/// `dailyOverview`: for check-in staff only; an institution or group where you are not answers as one that does not exist.
internal sealed class DailyOverviewQueries(IDbContextFactory<AulaDbContext> factory, AulaClock clock) : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<DailyOverviewType>("dailyOverview")
            .Description("Every child's day at a daycare, SFO or club, or in one of its groups: for its staff. Give exactly one of "
                + "`institutionId` and `groupId`. Errors: NOT_FOUND (no such place where you are staff), VALIDATION.")
            .Argument<IdGraphType>("institutionId", "A daycare, SFO or club where you work.")
            .Argument<IdGraphType>("groupId", "A group of such a place.")
            .Argument<DateOnlyGraphType>("date", "The day; today where the institution is when omitted.")
            .ResolveAsync(async c =>
            {
                var (institutionId, groupId) = (c.GetArgument<string?>("institutionId"), c.GetArgument<string?>("groupId"));
                if ((institutionId is null) == (groupId is null))
                {
                    throw new AulaError(ErrorCodes.Validation, "Give exactly one of institutionId and groupId.");
                }
                var viewer = await c.ViewerAsync();
                await using var db = factory.CreateDbContext();
                var scope = await DayScope.OpenAsync(db, viewer, institutionId, groupId, c.CancellationToken);
                return await ReadAsync(db, viewer, scope, c.GetArgument<DateOnly?>("date"), c.CancellationToken);
            });

    private async Task<DailyOverview> ReadAsync(AulaDbContext db, Viewer viewer, DayScope scope, DateOnly? date, CancellationToken cancellationToken)
    {
        var place = await db.CheckInStaffPlaces(viewer)
            .Where(i => i.Id == scope.InstitutionId || db.GroupInstitutions.Any(gi => gi.GroupId == scope.GroupId && gi.InstitutionId == i.Id))
            .OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.TimeZone })
            .FirstAsync(cancellationToken);
        var day = date ?? clock.TodayIn(place.TimeZone);
        var enrolled = db.CheckInPlaces(day).Where(e => e.InstitutionId == place.Id
            && (scope.GroupId == null || db.GroupMemberships.Any(m => m.GroupId == scope.GroupId && m.PersonId == e.ChildId && m.Role == GroupRole.Child)));
        var children = await enrolled.Select(e => new { e.ChildId, e.Child.FirstName, e.Child.LastName }).Distinct().ToListAsync(cancellationToken);
        var days = await ChildDays.LoadAsync(db, [.. children.Select(k => k.ChildId)], day, cancellationToken);
        var ordered = children
            .Select(k => (Child: k, Day: days.GetValueOrDefault(k.ChildId)))
            .Where(k => k.Day?.InstitutionId == place.Id)
            .OrderBy(k => k.Day!.PlannedPickup ?? TimeOnly.MaxValue).ThenBy(k => k.Child.FirstName).ThenBy(k => k.Child.LastName).ThenBy(k => k.Child.ChildId)
            .Select(k => k.Day!)
            .ToList();
        return new DailyOverview(day, place.Id, scope.GroupId, ordered);
    }
}
