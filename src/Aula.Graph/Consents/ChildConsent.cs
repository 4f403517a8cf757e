using Aula.Graph.AccessLogs;
using Aula.Graph.Data;

namespace Aula.Graph.Consents;

/// One consent as it stands for one child, with the answers the viewer may see.
/// <paramref name="MyAnswer"/> is the viewer's own answer as the child's guardian.
public sealed record ChildConsent(int ChildId, ConsentDefinition Definition, IReadOnlyList<ConsentAnswer> Answers, ConsentAnswer? MyAnswer) : IAboutChild;
