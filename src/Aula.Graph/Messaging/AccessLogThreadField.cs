using Aula.Graph.AccessLogs;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;

namespace Aula.Graph.Messaging;

/// `AccessLogEntry.thread`.
internal sealed class AccessLogThreadField : ITypeFields<AccessLogEntryType>
{
    public void AddTo(AccessLogEntryType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<ChatThreadType>("thread").Description("The sensitive thread that was read, if any and if you take part in it.")
            .Resolve(c => c.Source.ThreadId is { } id ? c.Loader<ThreadByIdLoader>().Load(id) : null);
    }
}
