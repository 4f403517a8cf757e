using Aula.Graph.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Access.Matrix;

/// The matrix is generated from the schema: every root field and Node type needs a row, and no row may name a
/// coordinate the schema no longer has.
public sealed class MatrixCoverageTests
{
    [Fact]
    public void EveryRootFieldAndNodeTypeHasAnEntry()
    {
        using var factory = new AulaFactory();
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var coordinates = SchemaCoordinates(schema).ToHashSet(StringComparer.Ordinal);
        var covered = AuthorizationMatrix.Entries.Select(e => e.Coordinate).ToHashSet(StringComparer.Ordinal);

        var missing = coordinates.Except(covered).Order(StringComparer.Ordinal).ToList();
        var stale = covered.Except(coordinates).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "No matrix entry (add one in Access/Matrix/*Entries.cs): " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Matrix entries for coordinates the schema no longer has: " + string.Join(", ", stale));
    }

    [Fact]
    public void EntryKeysAreUnique()
    {
        var duplicates = AuthorizationMatrix.Entries.GroupBy(e => e.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    /// `Query.x`, `Mutation.x`, `Subscription.x` for every root field, `Node:T` for every object type implementing Node.
    public static IEnumerable<string> SchemaCoordinates(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        IEnumerable<IObjectGraphType?> roots = [schema.Query, schema.Mutation, schema.Subscription];
        foreach (var root in roots.OfType<IObjectGraphType>())
        {
            foreach (var field in root.Fields)
            {
                yield return $"{root.Name}.{field.Name}";
            }
        }
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>().Where(t => t.ResolvedInterfaces.Any(i => i.Name == "Node")))
        {
            yield return $"Node:{type.Name}";
        }
    }
}
