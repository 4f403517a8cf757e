namespace Aula.Graph.Tests.Access.Matrix;

/// Every row of the matrix. A new root field, mutation, subscription or Node type needs a row here (the
/// coverage test fails without one): a coordinate, a request at Sofie's world, and the roles allowed.
internal static class AuthorizationMatrix
{
    public static readonly IReadOnlyList<MatrixEntry> Entries =
        [.. QueryEntries.All, .. NodeEntries.All, .. MutationEntries.All, .. SubscriptionEntries.All];

    public static MatrixEntry Find(string key) => Entries.Single(e => e.Key == key);
}
