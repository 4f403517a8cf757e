using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.Access.Matrix;

/// Each cell of the matrix (entry × role) is a test case of its own. Cells that write (a mutation a role is
/// allowed) get a fresh database each; the rest share one app, since a denied mutation writes nothing (and if it
/// did, its own cell fails).
public sealed class AuthorizationMatrixTests(MatrixApp app) : IClassFixture<MatrixApp>
{
    /// The expected outcome rides along only so that each case's name reads as a cell of the matrix.
    public static TheoryData<string, Role, Outcome> Cells()
    {
        var cells = new TheoryData<string, Role, Outcome>();
        foreach (var entry in AuthorizationMatrix.Entries)
        {
            foreach (var role in Roles.All)
            {
                cells.Add(entry.Key, role, entry.Expected(role));
            }
        }
        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task RoleGetsTheExpectedOutcome(string entry, Role role, Outcome expected)
    {
        var row = AuthorizationMatrix.Find(entry);
        Assert.Equal(row.Expected(role), expected);
        if (row.Operation == Operation.Subscription)
        {
            await SocketCell.RunAsync(app, row, role);
        }
        else if (row.Mutates && expected == Outcome.Allowed)
        {
            using var fresh = new AulaFactory();
            MatrixWorld.Prepare(fresh.Services);
            await HttpCell.RunAsync(fresh, row, role);
        }
        else
        {
            await HttpCell.RunAsync(app.App, row, role);
        }
    }
}
