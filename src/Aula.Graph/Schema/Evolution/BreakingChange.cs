namespace Aula.Graph.Schema.Evolution;

/// A change that can break a client written against the released schema, named by a stable kind and the schema
/// coordinate it touches: `FIELD_REMOVED Query.foo`. That text is what schema/CHANGELOG.md records.
public sealed record BreakingChange(string Kind, string Coordinate)
{
    public override string ToString() => $"{Kind} {Coordinate}";
}
