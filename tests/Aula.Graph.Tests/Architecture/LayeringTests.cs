using Aula.Graph.Basics;
using Aula.Realtime;

namespace Aula.Graph.Tests.Architecture;

/// The arrows of docs/architecture.md, read from the compiled assemblies: each folder uses only the folders its
/// layer may, and no two folders use each other, however indirectly.
public sealed class LayeringTests
{
    private static readonly FolderGraph Graph = FolderGraph.Of(typeof(AulaClock).Assembly, "Aula.Graph", "Aula.Realtime");
    private static readonly FolderGraph Realtime = FolderGraph.Of(typeof(RealtimeExtensions).Assembly, "Aula.Realtime", "Aula.Graph");

    /// The layers of Aula.Graph from the bottom, with what each may use besides the layers below it. A folder not
    /// named is a feature: it may use the layers below, the live channel and other features (without cycles).
    private static readonly string[] Basics = ["Basics"];
    private static readonly string[] Data = ["Data"];
    private static readonly string[] Access = ["Access"];
    private static readonly string[] Kernel = ["Auth", "Schema"];
    private static readonly string[] Transports = ["Http"];

    [Fact]
    public void BasicsUseNothingOfTheProject() =>
        AssertUsesOnly(Graph, "Basics", []);

    [Fact]
    public void DataUsesOnlyTheBasics() =>
        AssertUsesOnly(Graph, "Data", Basics);

    [Fact]
    public void AccessUsesOnlyDataAndTheBasics() =>
        AssertUsesOnly(Graph, "Access", [.. Basics, .. Data]);

    [Fact]
    public void AuthAndSchemaUseNoFeature()
    {
        AssertUsesOnly(Graph, "Auth", [.. Basics, "Aula.Realtime"]);
        AssertUsesOnly(Graph, "Schema", [.. Basics, .. Data, .. Access, "Aula.Realtime"]);
    }

    [Fact]
    public void FeaturesUseNoTransportAndNotTheHost()
    {
        var features = Graph.Edges.Keys.Except([.. Basics, .. Data, .. Access, .. Kernel, .. Transports, FolderGraph.Root]);
        foreach (var feature in features)
        {
            var wrong = Graph.Edges[feature].Intersect([.. Transports, FolderGraph.Root]).ToList();
            Assert.True(wrong.Count == 0, $"{feature} uses {string.Join(", ", wrong)}: transports and the host sit above the features.\n{Graph}");
        }
    }

    [Fact]
    public void NoFolderOfTheGraphUsesAnotherThatUsesItBack() =>
        Assert.True(Graph.Cycles().Count == 0, $"Cycles: {Describe(Graph.Cycles())}\n{Graph}");

    [Fact]
    public void NoFolderOfTheLiveChannelUsesAnotherThatUsesItBack() =>
        Assert.True(Realtime.Cycles().Count == 0, $"Cycles: {Describe(Realtime.Cycles())}\n{Realtime}");

    [Fact]
    public void TheLiveChannelKnowsNothingOfTheHostTheDatabaseOrGraphQL()
    {
        Assert.DoesNotContain(Realtime.Edges.Values, uses => uses.Contains("Aula.Graph"));
        var references = typeof(RealtimeExtensions).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, name => name.StartsWith("Aula.Graph", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || name.StartsWith("GraphQL", StringComparison.Ordinal));
    }

    [Fact]
    public void TheLiveChannelsBasicsUseNothingOfIt() =>
        AssertUsesOnly(Realtime, "Basics", []);

    private static void AssertUsesOnly(FolderGraph graph, string folder, IReadOnlyCollection<string> allowed)
    {
        Assert.True(graph.Edges.ContainsKey(folder), $"{graph.Assembly} has no folder {folder}.");
        var wrong = graph.Edges[folder].Except(allowed).ToList();
        Assert.True(wrong.Count == 0, $"{folder} uses {string.Join(", ", wrong)}; it may use only {string.Join(", ", allowed)}.\n{graph}");
    }

    private static string Describe(IReadOnlyList<IReadOnlyList<string>> cycles) =>
        string.Join("; ", cycles.Select(c => string.Join(" <-> ", c)));
}
