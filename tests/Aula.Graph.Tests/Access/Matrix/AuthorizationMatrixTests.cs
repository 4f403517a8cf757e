using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Access.Matrix;

/// Each cell of the matrix (entry × role) is a test case of its own. Read-only cells share one app; a mutation
/// cell gets a fresh database, so that no cell sees another's writes.
public sealed class AuthorizationMatrixTests(MatrixApp app) : IClassFixture<MatrixApp>
{
    public static TheoryData<string, Role> Cells()
    {
        var cells = new TheoryData<string, Role>();
        foreach (var entry in AuthorizationMatrix.Entries)
        {
            foreach (var role in Roles.All)
            {
                cells.Add(entry.Key, role);
            }
        }
        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Cell(string entry, Role role)
    {
        var row = AuthorizationMatrix.Find(entry);
        if (row.Operation == Operation.Subscription)
        {
            await SocketCell.RunAsync(app, row, role);
        }
        else if (row.Mutates && role != Role.Anonymous)
        {
            using var fresh = new AulaFactory();
            await HttpCell.RunAsync(fresh, row, role);
        }
        else
        {
            await HttpCell.RunAsync(app.App, row, role);
        }
    }
}
