using System.Security.Claims;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Widgets;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Access;

/// Turns a validated token into a <see cref="Viewer"/> with one statement (a widget token: <see cref="WidgetViewers"/>).
public sealed class ViewerResolver(IDbContextFactory<AulaDbContext> factory, ClientPolicy clients, AulaClock clock, IEnumerable<IViewerSource> sources)
{
    public async Task<Viewer> ResolveAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var login = principal.FindFirst(AulaClaims.Subject)?.Value;
        if (principal.Identity?.IsAuthenticated != true || string.IsNullOrEmpty(login))
        {
            return Viewer.Anonymous;
        }
        await using var db = factory.CreateDbContext();
        if (sources.FirstOrDefault(s => s.Recognises(principal)) is { } source)
        {
            return await source.ResolveAsync(db, principal, clock.Today, cancellationToken);
        }
        var person = await db.People
            .Where(p => p.Login == login)
            .Select(p => new
            {
                p.Id,
                Profiles = p.Profiles.Select(f => new ViewerProfile(f.Id, f.Kind, f.InstitutionId, f.Role, f.MunicipalityId)).ToList(),
                Children = db.Custodies.Where(c => c.GuardianId == p.Id).Select(c => c.ChildId).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return Viewer.Anonymous;
        }
        return new Viewer
        {
            PersonId = person.Id,
            Login = login,
            ClientId = AulaClaims.ClientIdOf(principal),
            ThroughThirdParty = clients.IsThirdParty(principal),
            SteppedUp = principal.FindAll(AulaClaims.AuthenticationMethods).Any(c => c.Value == AulaClaims.SecondFactor),
            Profiles = person.Profiles,
            GuardianOf = person.Children.ToHashSet(),
            EmployeeAt = person.Profiles
                .Where(p => p.Kind == ProfileKind.Employee && p.InstitutionId is not null)
                .Select(p => p.InstitutionId!.Value)
                .ToHashSet(),
            AdministratorOf = person.Profiles
                .Where(p => p.Kind == ProfileKind.Administrator && p.MunicipalityId is not null)
                .Select(p => p.MunicipalityId!.Value)
                .ToHashSet(),
        };
    }
}
