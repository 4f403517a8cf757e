using Aula.Graph.Tests.Infrastructure;

namespace Aula.Graph.Tests.CheckIn;

/// Who may change a child's day: staff of the child's place everything; guardians what the institution lets them.
public sealed class DayPermissionTests : IDisposable
{
    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    private string Oliver => factory.Child("Oliver", "Hansen");

    private string Sofie => factory.Child("Sofie", "Hansen");

    [Fact]
    public async Task AGuardianOfAnotherChildIsRefusedAsIfTheChildDidNotExist()
    {
        var peter = factory.GraphQL("peter.jensen");
        var refused = await peter.CallAsync("reportSick", "ReportSickInput", new { childId = Oliver });
        var unknown = await peter.CallAsync("reportSick", "ReportSickInput", new { childId = Basics.GlobalId.Encode("Child", 999_999) });

        Assert.Equal(["NOT_FOUND"], refused.Codes());
        Assert.Equal(unknown.ToJsonString(), refused.ToJsonString());
        Assert.Equal("NOT_ARRIVED", await StatusAsync("mette.hansen", Oliver));
    }

    [Fact]
    public async Task AGuardianReportsSickForTodayAndStaffSeeIt()
    {
        var sick = await factory.GraphQL("mette.hansen").CallAsync("reportSick", "ReportSickInput", new { childId = Oliver });

        Assert.Empty(sick.Codes());
        Assert.Equal("SICK", sick.DayOf()["status"]!.GetValue<string>());
        Assert.Equal("SICK", await StatusAsync("anne.pedersen", Oliver));
    }

    [Fact]
    public async Task AFeatureTheInstitutionTurnedOffIsForbiddenFromTheNextRequest()
    {
        var mette = factory.GraphQL("mette.hansen");
        // The SFO keeps the daily note to its staff (demo data); the daycare lets guardians write it.
        Assert.Equal(["FORBIDDEN"], (await mette.CallAsync("setDayNote", "SetDayNoteInput", new { childId = Sofie, note = "Hentes af mormor" })).Codes());
        Assert.Empty((await mette.CallAsync("setDayNote", "SetDayNoteInput", new { childId = Oliver, note = "Sov dårligt" })).Codes());

        var turnedOff = await factory.GraphQL("dorthe.poulsen").CallAsync("setPresenceCapabilities", "SetPresenceCapabilitiesInput",
            new { institutionId = factory.Institution("Børnehuset Mælkebøtten"), reportSick = false, registerHoliday = true, setPickup = true, writeNote = true, editTemplate = true },
            "capabilities { reportSick writeNote } errors { code }");
        Assert.False(turnedOff["capabilities"]!["reportSick"]!.GetValue<bool>());

        var refused = await mette.CallAsync("reportSick", "ReportSickInput", new { childId = Oliver });
        Assert.Equal(["FORBIDDEN"], refused.Codes());
        Assert.Contains("Mælkebøtten", refused["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("NOT_ARRIVED", await StatusAsync("mette.hansen", Oliver));
        var capabilities = await mette.PostAsync("query($id: ID!) { node(id: $id) { ... on Institution { presenceCapabilities { reportSick writeNote } } } }",
            new { id = factory.Institution("Børnehuset Mælkebøtten") });
        Assert.False(capabilities.Ok()["node"]!["presenceCapabilities"]!["reportSick"]!.GetValue<bool>());
        // Staff may still do it.
        Assert.Empty((await factory.GraphQL("anne.pedersen").CallAsync("reportSick", "ReportSickInput", new { childId = Oliver })).Codes());
    }

    [Theory]
    [InlineData("anne.pedersen", "FORBIDDEN")] // a pedagogue there: only leaders and administrative staff decide
    [InlineData("lars.nielsen", "NOT_FOUND")]
    [InlineData("mette.hansen", "NOT_FOUND")]
    public async Task OnlyTheInstitutionsLeadersDecideWhatGuardiansMayDo(string login, string code)
    {
        var refused = await factory.GraphQL(login).CallAsync("setPresenceCapabilities", "SetPresenceCapabilitiesInput",
            new { institutionId = factory.Institution("Børnehuset Mælkebøtten"), reportSick = false, registerHoliday = false, setPickup = false, writeNote = false, editTemplate = false },
            "capabilities { reportSick } errors { code }");

        Assert.Equal([code], refused.Codes());
        Assert.Empty((await factory.GraphQL("mette.hansen").CallAsync("reportSick", "ReportSickInput", new { childId = Oliver })).Codes());
    }

    [Fact]
    public async Task GuardiansCannotCheckInAndTheSchoolsTeacherIsNotTheSfosStaff()
    {
        Assert.Equal(["FORBIDDEN"], (await factory.GraphQL("mette.hansen").CallAsync("checkIn", "CheckInInput", new { childId = Oliver })).Codes());
        Assert.Equal(["NOT_FOUND"], (await factory.GraphQL("lars.nielsen").CallAsync("checkIn", "CheckInInput", new { childId = Sofie })).Codes());
        Assert.Empty((await factory.GraphQL("mikkel.petersen").CallAsync("checkIn", "CheckInInput", new { childId = Sofie })).Codes());
    }

    [Fact]
    public async Task StaffCheckInAndOutAndOnlyACheckedInChildCanBeCheckedOut()
    {
        var anne = factory.GraphQL("anne.pedersen");
        Assert.Equal(["VALIDATION"], (await anne.CallAsync("checkOut", "CheckOutInput", new { childId = Oliver })).Codes());

        var checkedIn = (await anne.CallAsync("checkIn", "CheckInInput", new { childId = Oliver })).DayOf();
        var checkedOut = (await anne.CallAsync("checkOut", "CheckOutInput", new { childId = Oliver })).DayOf();

        Assert.Equal("PRESENT", checkedIn["status"]!.GetValue<string>());
        Assert.Equal("CHECKED_OUT", checkedOut["status"]!.GetValue<string>());
        Assert.Equal(checkedIn["checkedInAt"]!.GetValue<string>(), checkedOut["checkedInAt"]!.GetValue<string>());
        Assert.NotNull(checkedOut["checkedOutAt"]);
    }

    [Fact]
    public async Task APickupMustNameSomeoneWhoBelongsToTheChild()
    {
        var mette = factory.GraphQL("mette.hansen");
        var mormor = factory.Query(db => db.PickupPersons.Single(p => p.Relation == "Mormor").Id);

        var stranger = await mette.CallAsync("setPickup", "SetPickupInput", new { childId = Oliver, kind = "GOES_HOME_WITH", goesHomeWithId = factory.Child("Noah", "Jensen") });
        var unknown = await mette.CallAsync("setPickup", "SetPickupInput", new { childId = Oliver, kind = "GOES_HOME_WITH", goesHomeWithId = Basics.GlobalId.Encode("Child", 999_999) });
        var grandmother = await mette.CallAsync("setPickup", "SetPickupInput",
            new { childId = Oliver, kind = "PICKUP_PERSON", pickupPersonId = Basics.GlobalId.Encode("PickupPerson", mormor), plannedPickup = "14:00:00" });

        Assert.Equal(["VALIDATION"], stranger.Codes());
        Assert.Equal(unknown.ToJsonString(), stranger.ToJsonString());
        Assert.Empty(grandmother.Codes());
        Assert.Equal("PICKUP_PERSON", grandmother.DayOf()["pickup"]!["kind"]!.GetValue<string>());
        Assert.Equal("14:00:00", grandmother.DayOf()["plannedPickup"]!.GetValue<string>());
    }

    private async Task<string> StatusAsync(string login, string child) =>
        (await factory.GraphQL(login).PostAsync("query($id: ID!) { node(id: $id) { ... on Child { day { status } } } }", new { id = child }))
            .Ok()["node"]!["day"]!["status"]!.GetValue<string>();
}
