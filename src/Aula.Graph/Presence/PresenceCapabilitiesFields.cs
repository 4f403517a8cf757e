using Aula.Graph.Data;
using Aula.Graph.Institutions;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Presence;

/// `Institution.presenceCapabilities`: anyone who sees the institution may know what its guardians may do.
internal sealed class PresenceCapabilitiesFields : ITypeFields<InstitutionType>
{
    public void AddTo(InstitutionType type) =>
        type.Field<PresenceCapabilitiesType>("presenceCapabilities")
            .Description("What guardians may do in arrival and departure here; null where children are not checked in (schools, municipal services).")
            .Resolve(c => Institution.HasCheckIn(c.Source.Kind) ? c.Loader<PresenceCapabilitiesLoader>().Load(c.Source.Id) : null);
}

public sealed class PresenceCapabilitiesLoader(IDbContextFactory<AulaDbContext> factory) : BatchLoader<int, PresenceSettings>
{
    protected override async Task<IReadOnlyDictionary<int, PresenceSettings>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await PresenceCapabilities.ReadAsync(db, keys, cancellationToken);
    }
}
