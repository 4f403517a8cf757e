using Aula.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Aula.Graph.Tests.Export;

/// The whole export of a guardian, as the download gives it: its sections, their columns and rows are the contract
/// a person (or the next system) reads. The app's clock is fixed, so `generatedAt` and every date are stable.
public sealed class ExportSnapshotTests : IDisposable
{
    private readonly AulaFactory factory = ContractSnapshot.FixedApp();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task AGuardiansExport()
    {
        var name = Snapshot.FullName();

        var export = await factory.ExportAsync("mette.hansen");

        ContractSnapshot.Match(export, name);
    }
}
