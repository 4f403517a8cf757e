using Aula.Graph.AccessLogs;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Loading;

namespace Aula.Graph.Children;

/// `AccessLogEntry.child`.
internal sealed class AccessLogChildField : ITypeFields<AccessLogEntryType>
{
    public void AddTo(AccessLogEntryType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<ChildType>("child").Description("The child the data is about, if any and if you may see the child.")
            .Resolve(c => c.Source.ChildId is { } id ? c.Loader<ChildByIdLoader>().Load(id) : null);
    }
}
