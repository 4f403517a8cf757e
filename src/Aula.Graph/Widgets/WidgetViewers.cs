using System.Security.Claims;
using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Widgets;

/// Turns a validated widget token into a <see cref="Viewer"/>: the children the token names that the widget may
/// still see today (<see cref="AccessFilters.WidgetPlaces"/>), and the token's scopes the registry still grants.
/// Two statements; nothing from the token is trusted beyond what the database confirms.
internal sealed class WidgetViewers : IViewerSource
{
    public bool Recognises(ClaimsPrincipal principal) => WidgetTokens.IsWidgetToken(principal);

    public async Task<Viewer> ResolveAsync(AulaDbContext db, ClaimsPrincipal principal, DateOnly today, CancellationToken cancellationToken)
    {
        var subject = principal.FindFirst(AulaClaims.Subject)?.Value;
        var key = WidgetTokens.WidgetKeyOf(principal);
        var found = subject is null || key is null ? null : await db.Widgets
            .Where(w => w.Key == key)
            .Select(w => new
            {
                Widget = w,
                PersonId = db.WidgetPseudonyms.Where(p => p.Vendor == w.Vendor && p.Subject == subject).Select(p => (int?)p.PersonId).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is not { PersonId: { } personId, Widget: var widget })
        {
            return Viewer.Anonymous;
        }
        var named = WidgetTokens.ChildrenOf(principal).Select(id => GlobalId.Decode(id, "Child")).OfType<int>().ToHashSet();
        var places = await db.WidgetPlaces(personId, today)
            .Where(p => p.WidgetId == widget.Id && named.Contains(p.ChildId))
            .ToListAsync(cancellationToken);
        var scopes = WidgetTokens.ScopesOf(principal).Intersect(WidgetScopes.Parse(widget.Scopes)).ToHashSet(StringComparer.Ordinal);
        return new Viewer
        {
            ClientId = WidgetTokens.ClientPrefix + widget.Key,
            ThroughThirdParty = true,
            GuardianOf = places.Select(p => p.ChildId).ToHashSet(),
            Widget = new WidgetGrant(widget.Id, widget.Key, personId, scopes, places.Select(p => p.InstitutionId).ToHashSet(), widget.TrustedDocumentsOnly,
                WidgetSurface.NodeTypes(scopes)),
        };
    }
}
