using Aula.Graph.Data;
using Aula.Graph.Institutions;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.CheckIn;

/// `Institution.presenceCapabilities`: anyone who sees the institution may know what its guardians may do.
internal sealed class CheckInCapabilitiesFields : ITypeFields<InstitutionType>
{
    public void AddTo(InstitutionType type) =>
        type.Field<CheckInCapabilitiesType>("presenceCapabilities")
            .Description("What guardians may do in arrival and departure here; null where children are not checked in (schools, municipal services).")
            .Resolve(c => Institution.HasCheckIn(c.Source.Kind) ? c.Loader<CheckInCapabilitiesLoader>().Load(c.Source.Id) : null);
}

public sealed class CheckInCapabilitiesLoader(IDbContextFactory<AulaDbContext> factory) : BatchLoader<int, CheckInSettings>
{
    protected override async Task<IReadOnlyDictionary<int, CheckInSettings>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await CheckInCapabilities.ReadAsync(db, keys, cancellationToken);
    }
}
