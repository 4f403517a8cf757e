using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.CheckIn;

public sealed class ChildDayReadTests : IDisposable
{
    private const string Day = """
        query($id: ID!) { node(id: $id) { ... on Child { day {
          status checkedInAt plannedPickup note institution { name }
          pickup { kind guardian { displayName } }
          history { kind at by { name } from { status pickup { kind } } to { status pickup { kind } } } } } } }
        """;
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task GuardianReadsTheDayAndEveryChangeWithWhoFromAndTo()
    {
        var oliver = factory.Key("Oliver", "Hansen");
        var mette = factory.Key("Mette", "Hansen");
        await factory.ChangeDayAsync(oliver, "anne.pedersen", CheckInChange.CheckIn, d => d with { Status = DayStatus.Present, CheckedInAt = DateTimeOffset.UtcNow });
        await factory.ChangeDayAsync(oliver, "mette.hansen", CheckInChange.Pickup, d => d with { Pickup = PickupKind.Guardian, PickupGuardianId = mette });

        var day = (await factory.GraphQL("mette.hansen").PostAsync(Day, new { id = factory.Child("Oliver", "Hansen") })).Ok()["node"]!["day"]!;

        Assert.Equal("PRESENT", day["status"]!.GetValue<string>());
        Assert.NotNull(day["checkedInAt"]);
        Assert.Equal("Børnehuset Mælkebøtten", day["institution"]!["name"]!.GetValue<string>());
        Assert.Equal("GUARDIAN", day["pickup"]!["kind"]!.GetValue<string>());
        Assert.Equal("Mette Hansen", day["pickup"]!["guardian"]!["displayName"]!.GetValue<string>());
        var history = day["history"]!.AsArray();
        Assert.Equal(["CHECK_IN", "PICKUP"], history.Select(h => h!["kind"]!.GetValue<string>()));
        Assert.Equal(["Anne Pedersen", "Mette Hansen"], history.Select(h => h!["by"]!["name"]!.GetValue<string>()));
        Assert.Equal("NOT_ARRIVED", history[0]!["from"]!["status"]!.GetValue<string>());
        Assert.Equal("PRESENT", history[0]!["to"]!["status"]!.GetValue<string>());
        Assert.Null(history[1]!["from"]!["pickup"]);
        Assert.Equal("GUARDIAN", history[1]!["to"]!["pickup"]!["kind"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("mette.hansen", true)]
    [InlineData("thomas.hansen", true)]
    [InlineData("mikkel.petersen", true)] // pedagogue at the SFO
    [InlineData("lars.nielsen", false)] // Sofie's class teacher: the school is not where her day is
    [InlineData("sofie.hansen", false)]
    [InlineData("hanne.vestergaard", false)]
    public async Task OnlyGuardiansAndStaffOfTheDaysInstitutionSeeIt(string login, bool sees)
    {
        var sofie = factory.Key("Sofie", "Hansen");
        await factory.ChangeDayAsync(sofie, "mikkel.petersen", CheckInChange.Status, d => d with { Status = DayStatus.Trip });

        var node = (await factory.GraphQL(login).PostAsync(Day, new { id = factory.Child("Sofie", "Hansen") })).Ok()["node"];

        Assert.Equal(sees, node?["day"] is not null);
        if (sees)
        {
            Assert.Equal("TRIP", node!["day"]!["status"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task AnUntouchedDayIsTheTemplatesWithNoHistory()
    {
        var oliver = factory.Key("Oliver", "Hansen");
        var today = factory.Today();
        await factory.SetTemplateAsync(oliver, today.DayOfWeek, new TimeOnly(15, 30));

        var day = (await factory.GraphQL("anne.pedersen").PostAsync(Day, new { id = factory.Child("Oliver", "Hansen") })).Ok()["node"]!["day"]!;

        Assert.Equal("NOT_ARRIVED", day["status"]!.GetValue<string>());
        Assert.Equal("15:30:00", day["plannedPickup"]!.GetValue<string>());
        Assert.Empty(day["history"]!.AsArray());
    }
}
