using Aula.Graph.Basics;
using Aula.Graph.CheckIn;
using Aula.Graph.Data;
using Aula.Realtime.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Realtime.Tests.Hubs;

/// Two nodes, one Redis, one database: a change to a child's day stored on one node reaches the institution's
/// staff and the child's guardians on the other, and nobody else.
[Collection(RedisDefinition.Name)]
public sealed class CrossNodeCheckInTests(RedisServer redis) : IAsyncDisposable
{
    private readonly LiveCluster cluster = new(redis);

    public ValueTask DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task ACheckInOnOneNodeReachesStaffAndGuardianOnTheOtherButNotAnotherChildsGuardian()
    {
        var (oliver, ella) = (ChildOf("mette.hansen", "Oliver"), ChildOf("jonas.madsen", "Ella"));
        await using var anne = await LiveClient.ConnectAsync(cluster.Two, "anne.pedersen");
        await using var mette = await LiveClient.ConnectAsync(cluster.Two, "mette.hansen");
        await using var jonas = await LiveClient.ConnectAsync(cluster.Two, "jonas.madsen");

        await CheckInAsync(oliver);

        var staff = await LiveClient.NextAsync(anne.Days, _ => true);
        var daycare = GlobalId.Encode("Institution", cluster.Query(db => db.Institutions.Single(i => i.Name == "Børnehuset Mælkebøtten").Id));
        Assert.Equal((GlobalId.Encode("Child", oliver), daycare, 1, "PRESENT"), (staff.ChildId, staff.InstitutionId, staff.Sequence, staff.Status));
        Assert.NotNull(staff.CheckedInAt);
        Assert.Equal(staff, await LiveClient.NextAsync(mette.Days, _ => true));

        // The barrier: Jonas's own child's change, pushed after Oliver's, is the first push he gets.
        await CheckInAsync(ella);

        Assert.Equal(GlobalId.Encode("Child", ella), (await LiveClient.NextAsync(jonas.Days, _ => true)).ChildId);
        Assert.Equal(GlobalId.Encode("Child", ella), (await LiveClient.NextAsync(anne.Days, _ => true)).ChildId);
    }

    private int ChildOf(string guardian, string firstName) => cluster.Query(db =>
        db.Custodies.Where(c => c.Guardian.Login == guardian && c.Child.FirstName == firstName).Select(c => c.ChildId).Single());

    /// What checkIn stores, through node one's own services (the GraphQL mutation is another part of the module).
    private async Task CheckInAsync(int child)
    {
        var services = cluster.One.Services;
        var clock = services.GetRequiredService<AulaClock>();
        var days = await services.GetRequiredService<CheckInBook>().ChangeAsync(
            child, [clock.Today], CheckInChange.CheckIn, cluster.PersonKey("anne.pedersen"),
            d => d with { Status = DayStatus.Present, CheckedInAt = clock.Now }, CancellationToken.None).WaitAsync(LiveClient.Timeout);
        Assert.Equal(DayStatus.Present, Assert.Single(days!).Status);
    }
}
