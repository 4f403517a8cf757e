using Aula.Graph.Data;

namespace Aula.Graph.Access;

public static partial class AccessFilters
{
    /// A child's access log: only the child's guardians see it. For anyone else the child has no log, as if
    /// the child did not exist.
    public static IQueryable<AccessLogEntry> ChildAccessLog(this AulaDbContext db, Viewer viewer, int childId) =>
        db.AccessLog.Where(e => e.ChildId == childId && viewer.GuardianOf.Contains(childId));

    /// The viewer's own access log: reads of data about the viewer, and reads of the sensitive threads the
    /// viewer takes part in (whoever read them, the viewer included).
    public static IQueryable<AccessLogEntry> OwnAccessLog(this AulaDbContext db, Viewer viewer) =>
        db.AccessLog.Where(e => e.PersonId == viewer.PersonId
            || (e.Kind == AccessKind.SensitiveThread && db.VisibleThreads(viewer).Any(t => t.Id == e.ThreadId)));
}
