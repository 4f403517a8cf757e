using System.Security.Claims;
using Aula.Graph.Data;

namespace Aula.Graph.Access;

/// Turns a kind of token the platform issues itself (a widget token) into a viewer. People's tokens are resolved by
/// <see cref="ViewerResolver"/>; the first source that recognises a token resolves it instead.
public interface IViewerSource
{
    bool Recognises(ClaimsPrincipal principal);

    Task<Viewer> ResolveAsync(AulaDbContext db, ClaimsPrincipal principal, DateOnly today, CancellationToken cancellationToken);
}
