using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.AccessLogs;

/// One protected read: what kind, and about which child, person or thread.
public readonly record struct AccessRead(AccessKind Kind, int? ChildId, int? PersonId, int? ThreadId);

/// The look-ups a flush needs for reads whose subject was not known when they were recorded.
internal static class AccessLogReads
{
    /// A sensitive-thread read for each of the threads that is sensitive.
    public static async Task<IEnumerable<AccessRead>> SensitiveAsync(AulaDbContext db, List<int> threadIds)
    {
        if (threadIds.Count == 0)
        {
            return [];
        }
        var sensitive = await db.Threads.Where(t => threadIds.Contains(t.Id) && t.IsSensitive).Select(t => t.Id).ToListAsync();
        return sensitive.Select(id => new AccessRead(AccessKind.SensitiveThread, null, null, id));
    }

    /// A third-party read for each of the people who is a child (in someone's custody or enrolled somewhere).
    public static async Task<IEnumerable<AccessRead>> ChildrenAsync(AulaDbContext db, List<int> personIds)
    {
        if (personIds.Count == 0)
        {
            return [];
        }
        var children = await db.People
            .Where(p => personIds.Contains(p.Id) && (db.Custodies.Any(c => c.ChildId == p.Id) || db.Enrollments.Any(e => e.ChildId == p.Id)))
            .Select(p => p.Id).ToListAsync();
        return children.Select(id => new AccessRead(AccessKind.ThirdPartyClient, id, null, null));
    }
}
