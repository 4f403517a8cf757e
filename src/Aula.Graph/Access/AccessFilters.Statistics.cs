using Aula.Graph.Data;

namespace Aula.Graph.Access;

public static partial class AccessFilters
{
    /// Usage statistics are for a municipality's administrators only: not its leaders, teachers or guardians.
    public static bool MayReadStatistics(this Viewer viewer) => viewer.AdministratorOf.Count > 0;

    /// The institutions whose anonymous usage counts the viewer may read: every institution of the municipalities
    /// they administer. Empty for everybody else.
    public static IQueryable<Institution> StatisticsInstitutions(this AulaDbContext db, Viewer viewer) =>
        db.Institutions.Where(i => viewer.AdministratorOf.Contains(i.MunicipalityId));
}
