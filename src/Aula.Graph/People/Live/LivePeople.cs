using System.Security.Claims;
using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Realtime.Domain;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.People.Live;

/// Who a live connection belongs to, and the audience of their presence.
internal sealed class LivePeople(ViewerResolver resolver, IDbContextFactory<AulaDbContext> factory) : ILivePeople
{
    public async Task<LiveViewer?> IdentifyAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var viewer = await resolver.ResolveAsync(user, cancellationToken);
        return viewer.PersonId != 0 ? new LiveViewer(viewer.PersonId, GlobalId.Encode("Person", viewer.PersonId), viewer.SteppedUp, viewer.ClientId) : null;
    }

    public async Task<LiveContacts> ContactsAsync(int personKey, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var contacts = await db.ContactsOf(personKey).ToListAsync(cancellationToken);
        return new LiveContacts(GlobalId.Encode("Person", personKey), contacts);
    }
}
