using Aula.Graph.Data;

namespace Aula.Graph.Retention;

/// When a child is due for deletion: it has been enrolled, is not enrolled now or later, its last enrollment
/// ended at least the configured months ago, and no legal hold stands for it.
public static class RetentionRules
{
    /// The latest end of a last enrollment that is due on <paramref name="today"/>: the last date d with
    /// d + months ≤ today. Counting back from today is not enough at month ends (30 November + 3 months is
    /// 28 February, as are 28 and 29 November), so step forward while the next day is due too.
    public static DateOnly LatestDueEnd(DateOnly today, int months)
    {
        var end = today.AddMonths(-months);
        while (end.AddDays(1).AddMonths(months) <= today)
        {
            end = end.AddDays(1);
        }
        return end;
    }

    /// The day a child whose last enrollment ended on <paramref name="lastEnd"/> is due.
    public static DateOnly DueOn(DateOnly lastEnd, int months) => lastEnd.AddMonths(months);

    /// Children due when no enrollment ends after <paramref name="latestDueEnd"/> (see <see cref="LatestDueEnd"/>).
    public static IQueryable<Person> DueForDeletion(this AulaDbContext db, DateOnly latestDueEnd) =>
        db.People.Where(p =>
            db.Enrollments.Any(e => e.ChildId == p.Id)
            && !db.Enrollments.Any(e => e.ChildId == p.Id && (e.EndDate == null || e.EndDate > latestDueEnd))
            && !db.LegalHolds.Any(h => h.ChildId == p.Id));

    /// People who hold the guardian role with no child left in their custody.
    public static IQueryable<Person> GuardiansWithoutChildren(this AulaDbContext db) =>
        db.People.Where(p =>
            p.Profiles.Any(f => f.Kind == ProfileKind.Guardian)
            && !db.Custodies.Any(c => c.GuardianId == p.Id));
}
