using Aula.Graph.Schema;
using Aula.Graph.Schema.Evolution;
using Aula.Graph.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Schema;

/// schema/aula.graphql is the published contract: it must be the schema the code builds.
/// Locally a difference rewrites the file (review it in the diff); under CI=true it fails.
public sealed class SchemaFileTests
{
    [Fact]
    public void CommittedSchemaIsTheBuiltSchema()
    {
        using var factory = new AulaFactory();
        var built = AulaSchema.Print(factory.Services.GetRequiredService<ISchema>());
        var path = Path.Combine(SchemaFolder.Above(AppContext.BaseDirectory), "aula.graphql");
        var committed = File.Exists(path) ? File.ReadAllText(path) : "";

        if (committed != built && Environment.GetEnvironmentVariable("CI") != "true")
        {
            File.WriteAllText(path, built);
            return;
        }
        Assert.True(committed == built, "schema/aula.graphql differs from the built schema: run the tests locally and commit the file.");
    }

    [Fact]
    public void EveryNodeTypeCanBeFetchedByNode()
    {
        using var factory = new AulaFactory();
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var nodeTypes = schema.AllTypes.OfType<IObjectGraphType>()
            .Where(t => t.ResolvedInterfaces.Any(i => i.Name == "Node"))
            .Select(t => t.Name)
            .Order();
        var loadable = factory.Services.GetServices<Aula.Graph.Schema.Nodes.INodeSource>().Select(s => s.TypeName).Order();

        Assert.Equal(nodeTypes, loadable);
    }
}
