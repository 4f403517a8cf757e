using Aula.Graph.Data;

namespace Aula.Graph.Access;

/// A consent that applies to a child (see <see cref="AccessFilters.ApplicableConsents"/>).
public sealed class ApplicableConsent
{
    public int ChildId { get; init; }
    public required ConsentDefinition Definition { get; init; }
}
