using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;
using Aula.Realtime.Presence;
using GraphQL.Types;

namespace Aula.Graph.People.Live;

/// `Person.online`, from the live channel's presence store.
internal sealed class PersonOnlineField : ITypeFields<PersonType>
{
    public void AddTo(PersonType type) =>
        type.Field<NonNullGraphType<BooleanGraphType>>("online")
            .Description("Whether the person has a live connection open on any node right now.")
            .Resolve(c => c.Loader<CheckInLoader>().Load(c.Source.Id));
}

/// Every person of one query level in one presence lookup (one Redis round trip).
public sealed class CheckInLoader(IPresenceStore store) : BatchLoader<int, bool>
{
    protected override Task<IReadOnlyDictionary<int, bool>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        store.OnlineAsync(keys);
}
