using Aula.Graph.Access;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Consents;

/// Reads the consents of visible children in two statements, for `Child.consents` and for mutation payloads.
internal static class ConsentReader
{
    public static async Task<Dictionary<int, List<ChildConsent>>> ReadAsync(
        AulaDbContext db, Viewer viewer, DateOnly today, IReadOnlyCollection<int> childIds, CancellationToken cancellationToken)
    {
        var applicable = await db.ApplicableConsents(viewer, today)
            .Where(a => childIds.Contains(a.ChildId))
            .ToListAsync(cancellationToken);
        if (applicable.Count == 0)
        {
            return [];
        }
        var withDefinitions = applicable.Select(a => a.ChildId).Distinct().ToList();
        var answers = await db.VisibleConsentAnswers(viewer, today)
            .Where(a => withDefinitions.Contains(a.ChildId))
            .OrderBy(a => a.GuardianId)
            .ToListAsync(cancellationToken);
        var byConsent = answers.ToLookup(a => (a.ChildId, a.DefinitionId));
        return applicable
            .DistinctBy(a => (a.ChildId, a.Definition.Id))
            .OrderBy(a => a.Definition.Id)
            .GroupBy(a => a.ChildId)
            .ToDictionary(g => g.Key, g => g.Select(a =>
            {
                var given = byConsent[(a.ChildId, a.Definition.Id)].ToList();
                return new ChildConsent(a.ChildId, a.Definition, given, given.Find(x => x.GuardianId == viewer.PersonId));
            }).ToList());
    }
}
