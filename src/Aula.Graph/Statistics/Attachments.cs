using Aula.Graph.Data;

namespace Aula.Graph.Statistics;

/// A person counted at an institution, in one role, over a range of period indexes (both ends inclusive).
internal sealed class Attachment
{
    public int InstitutionId { get; init; }
    public int PersonId { get; init; }
    public StatisticsRole Role { get; init; }
    public int FirstPeriod { get; init; }
    public int LastPeriod { get; init; }
}

/// Who belongs to an institution, for statistics: its employees (employment has no dates, so in every period),
/// the children enrolled there and their guardians (in each period the enrollment overlaps by at least a day).
internal static class Attachments
{
    /// <param name="days">The period boundaries; a date's period index is the number of boundaries on or before it, less one.</param>
    public static IQueryable<Attachment> Of(AulaDbContext db, IReadOnlyCollection<int> institutionIds, DateOnly[] days)
    {
        var last = days.Length - 2;
        var enrollments = db.Enrollments.Where(e => institutionIds.Contains(e.InstitutionId));
        var employees = db.Profiles
            .Where(f => f.Kind == ProfileKind.Employee && f.InstitutionId != null && institutionIds.Contains(f.InstitutionId.Value))
            .Select(f => new Attachment
            {
                InstitutionId = f.InstitutionId!.Value,
                PersonId = f.PersonId,
                Role = StatisticsRole.Employee,
                FirstPeriod = 0,
                LastPeriod = last,
            });
        var children = enrollments.Select(e => new Attachment
        {
            InstitutionId = e.InstitutionId,
            PersonId = e.ChildId,
            Role = StatisticsRole.Child,
            FirstPeriod = days.Count(d => d <= e.StartDate) - 1,
            LastPeriod = e.EndDate == null ? last : days.Count(d => d <= e.EndDate) - 1,
        });
        var guardians =
            from e in enrollments
            join c in db.Custodies on e.ChildId equals c.ChildId
            select new Attachment
            {
                InstitutionId = e.InstitutionId,
                PersonId = c.GuardianId,
                Role = StatisticsRole.Guardian,
                FirstPeriod = days.Count(d => d <= e.StartDate) - 1,
                LastPeriod = e.EndDate == null ? last : days.Count(d => d <= e.EndDate) - 1,
            };
        return employees.Concat(children).Concat(guardians);
    }
}
