using Aula.Graph.AccessLogs;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;

namespace Aula.Graph.People;

/// `AccessLogEntry.person`.
internal sealed class AccessLogPersonField : ITypeFields<AccessLogEntryType>
{
    public void AddTo(AccessLogEntryType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<PersonType>("person").Description("The person whose data was read, if any and if you may see them.")
            .Resolve(c => c.Source.PersonId is { } id ? c.Loader<PersonByIdLoader>().Load(id) : null);
    }
}
