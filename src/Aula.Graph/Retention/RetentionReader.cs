using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Aula.Graph.Retention;

/// What an administrator sees of retention: the holds on administered children, and the children due soon.
public sealed class RetentionReader(IDbContextFactory<AulaDbContext> factory, IOptions<RetentionOptions> options, AulaClock clock)
{
    private int Months => options.Value.DeleteAfterMonths;

    public async Task<List<LegalHoldView>> HoldsAsync(Viewer viewer, int? childId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.VisibleLegalHolds(viewer)
            .Where(h => childId == null || h.ChildId == childId)
            .OrderBy(h => h.SetAt).ThenBy(h => h.ChildId)
            .Select(h => new
            {
                h.ChildId,
                h.Reason,
                h.SetAt,
                Open = db.Enrollments.Any(e => e.ChildId == h.ChildId && e.EndDate == null),
                LastEnd = db.Enrollments.Where(e => e.ChildId == h.ChildId).Max(e => e.EndDate),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new LegalHoldView(r.ChildId, r.Reason, r.SetAt,
            r.Open || r.LastEnd is not { } end ? null : RetentionRules.DueOn(end, Months)))];
    }

    /// Children whose deletion day is at most <paramref name="withinDays"/> days away (or already here), soonest first.
    public async Task<List<DueChildView>> DueAsync(Viewer viewer, int withinDays, CancellationToken cancellationToken)
    {
        var latestDueEnd = RetentionRules.LatestDueEnd(clock.Today.AddDays(withinDays), Months);
        await using var db = factory.CreateDbContext();
        var rows = await db.Enrollments
            .Where(e => db.AdministeredChildren(viewer).Any(p => p.Id == e.ChildId) && db.DueForDeletion(latestDueEnd).Any(p => p.Id == e.ChildId))
            .Select(e => new { e.ChildId, End = e.EndDate!.Value, e.Institution.Name, e.Institution.MunicipalityId })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.ChildId)
            .Select(child =>
            {
                var last = child.Max(r => r.End);
                var ours = child.Where(r => viewer.AdministratorOf.Contains(r.MunicipalityId)).ToList();
                var ourLast = ours.Max(r => r.End);
                return new DueChildView(child.Key, last, RetentionRules.DueOn(last, Months),
                    [.. ours.Where(r => r.End == ourLast).Select(r => r.Name).Distinct().Order(StringComparer.Ordinal)]);
            })
            .OrderBy(v => v.DeletionDueOn).ThenBy(v => v.ChildId)];
    }
}
