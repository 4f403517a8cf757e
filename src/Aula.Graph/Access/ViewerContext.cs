using System.Security.Claims;
using Aula.Graph.Basics;
using GraphQL;

namespace Aula.Graph.Access;

/// The request's viewer, resolved on first use. Scoped: one per request (or per subscription event).
public sealed class ViewerContext(ViewerResolver resolver, IHttpContextAccessor http)
{
    private Task<Viewer>? viewer;
    private ClaimsPrincipal? principal;

    /// Defaults to the HTTP request's user; transports that authenticate otherwise (a WebSocket's
    /// connection_init) set it before executing.
    public ClaimsPrincipal Principal
    {
        get => principal ?? http.HttpContext?.User ?? new ClaimsPrincipal();
        set
        {
            // The same user again (an HTTP execution's) keeps the viewer already resolved for it.
            if (!ReferenceEquals(value, Principal))
            {
                principal = value;
                viewer = null;
            }
        }
    }

    public Task<Viewer> GetAsync(CancellationToken cancellationToken = default) =>
        viewer ??= resolver.ResolveAsync(Principal, cancellationToken);
}

public static class ViewerContextExtensions
{
    /// The signed-in viewer; a request without one never gets this far (the anonymous rule refuses it),
    /// but a token whose subject has no person in the database ends here.
    public static async Task<Viewer> ViewerAsync(this IResolveFieldContext context)
    {
        var viewer = await context.RequestServices!.GetRequiredService<ViewerContext>().GetAsync(context.CancellationToken);
        return viewer.IsAuthenticated ? viewer : throw new AulaError(ErrorCodes.Unauthenticated, "Sign in to read this.");
    }
}
