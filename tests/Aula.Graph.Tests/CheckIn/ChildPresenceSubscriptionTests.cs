using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using static Aula.Graph.Tests.CheckIn.ChildPresenceSubscriptionWorld;

namespace Aula.Graph.Tests.CheckIn;

/// `childPresenceChanged` reaches the staff of the day's institution and the child's guardians, nobody else.
/// Absence is shown with a barrier: a later change the subscriber does see arrives first.
public sealed class ChildPresenceSubscriptionTests : IDisposable
{
    private readonly ChildPresenceSubscriptionWorld world = new();

    public void Dispose() => world.Dispose();

    [Fact]
    public async Task StaffOfTheInstitutionAndTheChildsGuardianReceiveTheChangedDay()
    {
        var (sofie, oliver) = (world.ChildOf("mette.hansen", "Sofie"), world.ChildOf("mette.hansen", "Oliver"));
        using var anne = await world.SubscribeAsync("anne.pedersen");
        using var mikkel = await world.SubscribeAsync("mikkel.petersen");
        using var mette = await world.SubscribeAsync("mette.hansen");

        await world.SetStatusAsync(oliver, DayStatus.Present, "anne.pedersen");
        await world.SetStatusAsync(sofie, DayStatus.Sick, "mikkel.petersen");

        var daycare = await NextDayAsync(anne);
        Assert.Equal((ChildId(oliver), world.Factory.Institution("Børnehuset Mælkebøtten"), "PRESENT"),
            (daycare["child"]!["id"]!.GetValue<string>(), daycare["institution"]!["id"]!.GetValue<string>(), daycare["status"]!.GetValue<string>()));
        var sfo = await NextDayAsync(mikkel);
        Assert.Equal((ChildId(sofie), world.Factory.Institution("Solby Skoles SFO"), "SICK"),
            (sfo["child"]!["id"]!.GetValue<string>(), sfo["institution"]!["id"]!.GetValue<string>(), sfo["status"]!.GetValue<string>()));
        Assert.Equal(ChildId(oliver), (await NextDayAsync(mette))["child"]!["id"]!.GetValue<string>());
        Assert.Equal(ChildId(sofie), (await NextDayAsync(mette))["child"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AGuardianOfAnotherChildAndTheChildsTeacherReceiveNothing()
    {
        var (sofie, oliver, ella) = (world.ChildOf("mette.hansen", "Sofie"), world.ChildOf("mette.hansen", "Oliver"), world.ChildOf("jonas.madsen", "Ella"));
        // Lars teaches Sofie's class; for the barrier he is given custody of Ella, at the daycare.
        world.Factory.Query(db =>
        {
            db.Custodies.Add(new Custody { GuardianId = db.People.Single(p => p.Login == "lars.nielsen").Id, ChildId = ella });
            return db.SaveChanges();
        });
        using var jonas = await world.SubscribeAsync("jonas.madsen");
        using var lars = await world.SubscribeAsync("lars.nielsen");

        await world.SetStatusAsync(sofie, DayStatus.Present, "mikkel.petersen");
        await world.SetStatusAsync(oliver, DayStatus.Present, "anne.pedersen");
        await world.SetStatusAsync(ella, DayStatus.Present, "anne.pedersen");

        Assert.Equal(ChildId(ella), (await NextDayAsync(jonas))["child"]!["id"]!.GetValue<string>());
        Assert.Equal(ChildId(ella), (await NextDayAsync(lars))["child"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task NarrowingToAGroupDeliversOnlyItsChildren()
    {
        var (oliver, ella) = (world.ChildOf("mette.hansen", "Oliver"), world.ChildOf("jonas.madsen", "Ella"));
        using var anne = await world.SubscribeAsync("anne.pedersen", new { g = world.Factory.Group("Mariehønen") });

        await world.SetStatusAsync(ella, DayStatus.Present, "anne.pedersen");
        await world.SetStatusAsync(oliver, DayStatus.Present, "anne.pedersen");

        Assert.Equal(ChildId(oliver), (await NextDayAsync(anne))["child"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task NarrowingToAnInstitutionDeliversOnlyItsDays()
    {
        var (sofie, oliver) = (world.ChildOf("mette.hansen", "Sofie"), world.ChildOf("mette.hansen", "Oliver"));
        using var mette = await world.SubscribeAsync("mette.hansen");
        // Kasper is staff at the school and at the SFO; given a daycare job too, he follows two check-in places.
        world.Factory.Query(db =>
        {
            db.Profiles.Add(new Profile
            {
                PersonId = db.People.Single(p => p.Login == "kasper.rasmussen").Id,
                Kind = ProfileKind.Employee,
                InstitutionId = db.Institutions.Single(i => i.Name == "Børnehuset Mælkebøtten").Id,
                Role = EmployeeRole.Pedagogue,
            });
            return db.SaveChanges();
        });
        using var kasper = await world.SubscribeAsync("kasper.rasmussen", new { i = world.Factory.Institution("Børnehuset Mælkebøtten") });

        await world.SetStatusAsync(sofie, DayStatus.Present, "mikkel.petersen");
        await world.SetStatusAsync(oliver, DayStatus.Present, "anne.pedersen");

        Assert.Equal(ChildId(oliver), (await NextDayAsync(kasper))["child"]!["id"]!.GetValue<string>());
        // Unnarrowed, the guardian hears both, in order.
        Assert.Equal(ChildId(sofie), (await NextDayAsync(mette))["child"]!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("anne.pedersen", "i", "Solby Skoles SFO")]
    [InlineData("mette.hansen", "i", "Børnehuset Mælkebøtten")]
    [InlineData("mette.hansen", "g", "Mariehønen")]
    [InlineData("lars.nielsen", "g", "3A")]
    [InlineData("lars.nielsen", "i", "Solby Skole")]
    public async Task NarrowingToAPlaceWhereYouAreNotCheckInStaffIsNotFound(string login, string argument, string name)
    {
        var isInstitution = argument == "i";
        var id = isInstitution ? world.Factory.Institution(name) : world.Factory.Group(name);
        var missing = GlobalId.Encode(isInstitution ? "Institution" : "Group", 987_654_321);

        var refused = await world.RefusedAsync(login, isInstitution ? new { i = id } : new { g = id });
        var unknown = await world.RefusedAsync(login, isInstitution ? new { i = missing } : new { g = missing });

        Assert.Equal("error", refused["type"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(unknown.ToJsonString(), refused.ToJsonString());
    }
}
