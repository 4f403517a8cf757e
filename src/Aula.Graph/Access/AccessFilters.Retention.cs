using Aula.Graph.Data;

namespace Aula.Graph.Access;

public static partial class AccessFilters
{
    /// Children a municipal administrator may set legal holds for: those who are or were enrolled at an institution
    /// of a municipality the viewer administers. Not children the viewer may see: administering shows no child's data.
    public static IQueryable<Person> AdministeredChildren(this AulaDbContext db, Viewer viewer) =>
        db.People.Where(p => db.Enrollments.Any(e => e.ChildId == p.Id && viewer.AdministratorOf.Contains(e.Institution.MunicipalityId)));

    /// The legal holds on administered children.
    public static IQueryable<LegalHold> VisibleLegalHolds(this AulaDbContext db, Viewer viewer) =>
        db.LegalHolds.Where(h => db.AdministeredChildren(viewer).Any(c => c.Id == h.ChildId));
}
