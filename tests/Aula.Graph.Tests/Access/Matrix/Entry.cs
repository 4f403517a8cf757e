namespace Aula.Graph.Tests.Access.Matrix;

/// Shorthands that keep each row of the matrix to a few lines.
internal static class Entry
{
    public static MatrixEntry Query(string field, string document, string? target = null) =>
        new($"Query.{field}", target, Operation.Query, document);

    /// `node(id:)` on one object, reached when the node comes back with that ID; <paramref name="select"/> adds fields.
    public static MatrixEntry Node(string type, Func<MatrixTargets, string> id, string? target = null, string select = "") =>
        new MatrixEntry($"Node:{type}", target, Operation.Query, $"query($id: ID!) {{ node(id: $id) {{ id {select} }} }}")
            .With(t => new { id = id(t) })
            .Reaches("node.id", id);

    /// A mutation taking one `input`; the payload's user errors are always selected.
    public static MatrixEntry Mutation(string field, string inputType, string select, Func<MatrixTargets, object> input) =>
        new MatrixEntry($"Mutation.{field}", null, Operation.Mutation,
                $"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {select} errors {{ code message field }} }} }}")
            .With(t => new { input = input(t) });

    public static MatrixEntry Subscription(string field, string document, string? target = null) =>
        new($"Subscription.{field}", target, Operation.Subscription, document);
}
