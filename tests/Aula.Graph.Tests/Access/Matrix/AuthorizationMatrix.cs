namespace Aula.Graph.Tests.Access.Matrix;

/// Every row of the matrix. A new root field, mutation, subscription or Node type needs a row (the coverage test
/// fails without one) in the *Entries.cs of its root: the coordinate, a request aimed at a target of Sofie's world
/// (<see cref="MatrixTargets"/>), where the target shows in the answer, and the roles allowed, say
///
///     Entry.Query("accessLog", "query($c: ID!) { accessLog(childId: $c) { nodes { id child { id } } } }")
///         .With(t => new { c = t.Sofie }).Reaches("accessLog.nodes.child.id", t => t.Sofie)
///         .Allow(Guardian),
///
/// Every other role is then expected Hidden (and anonymous Unauthenticated); `.Forbid(...)` and `.StepUp(...)`
/// name the roles that get those shapes instead.
internal static class AuthorizationMatrix
{
    public static readonly IReadOnlyList<MatrixEntry> Entries =
        [.. QueryEntries.All, .. NodeEntries.All, .. MutationEntries.All, .. SubscriptionEntries.All];

    public static MatrixEntry Find(string key) => Entries.Single(e => e.Key == key);
}
