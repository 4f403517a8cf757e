using System.Text.Json.Nodes;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Aula.Graph.Tests.CheckIn;

/// Days turn over at the institution's midnight (Copenhagen) and start from the weekly template; a fake clock.
public sealed class RolloverTests : IDisposable
{
    // Wednesday 25 November 2026, 23:50 in Copenhagen (UTC+1).
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 25, 22, 50, 0, TimeSpan.Zero));
    private readonly AulaFactory factory;

    public RolloverTests() => factory = new AulaFactory(clock);

    public void Dispose() => factory.Dispose();

    private string Oliver => factory.Child("Oliver", "Hansen");

    private async Task<JsonNode> DayAsync(string? date = null) =>
        (await factory.GraphQL("mette.hansen").PostAsync(
            "query($id: ID!, $d: DateOnly) { node(id: $id) { ... on Child { day(date: $d) { date status plannedPickup checkedInAt } } } }",
            new { id = Oliver, d = date })).Ok()["node"]!["day"]!;

    [Fact]
    public async Task YesterdaysStatusesDoNotLeakIntoTodayAndASickReportLastsItsDay()
    {
        Assert.Empty((await factory.GraphQL("anne.pedersen").CallAsync("checkIn", "CheckInInput", new { childId = Oliver })).Codes());
        var sick = await factory.GraphQL("mette.hansen").CallAsync("reportSick", "ReportSickInput", new { childId = Oliver });
        Assert.Equal("2026-11-25", sick.DayOf()["date"]!.GetValue<string>());

        clock.Advance(TimeSpan.FromMinutes(20)); // 00:10 on Thursday in Copenhagen, 23:10 UTC still Wednesday

        var today = await DayAsync();
        Assert.Equal("2026-11-26", today["date"]!.GetValue<string>());
        Assert.Equal("NOT_ARRIVED", today["status"]!.GetValue<string>());
        Assert.Null(today["checkedInAt"]);
        Assert.Equal("SICK", (await DayAsync("2026-11-25"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheDayStartsFromTheTemplateUntilItSetsItsOwnPickup()
    {
        var mette = factory.GraphQL("mette.hansen");
        // Demo template: Oliver is picked up at 15:30 Monday to Thursday, 14:00 on Fridays.
        Assert.Equal("15:30:00", (await DayAsync("2026-11-26"))["plannedPickup"]!.GetValue<string>());
        Assert.Equal("14:00:00", (await DayAsync("2026-11-27"))["plannedPickup"]!.GetValue<string>());

        var saved = await mette.PostAsync(
            "mutation($input: SavePresenceTemplateInput!) { savePresenceTemplate(input: $input) { template { weekday plannedPickup } errors { code } } }",
            new { input = new { childId = Oliver, days = new object[] { new { weekday = "THURSDAY", plannedArrival = "08:00:00", plannedPickup = "16:15:00" } } } });
        Assert.Empty(saved.Ok()["savePresenceTemplate"]!["errors"]!.AsArray());
        Assert.Equal("16:15:00", (await DayAsync("2026-11-26"))["plannedPickup"]!.GetValue<string>());
        Assert.Null((await DayAsync("2026-11-27"))["plannedPickup"]); // Friday is no longer in the week

        var own = await mette.CallAsync("setPickup", "SetPickupInput", new { childId = Oliver, date = "2026-12-03", kind = "GUARDIAN", plannedPickup = "13:00:00" });
        Assert.Empty(own.Codes());
        await mette.PostAsync(
            "mutation($input: SavePresenceTemplateInput!) { savePresenceTemplate(input: $input) { errors { code } } }",
            new { input = new { childId = Oliver, days = new object[] { new { weekday = "THURSDAY", plannedPickup = "17:00:00" } } } });
        Assert.Equal("13:00:00", (await DayAsync("2026-12-03"))["plannedPickup"]!.GetValue<string>());
        Assert.Equal("17:00:00", (await DayAsync("2026-12-10"))["plannedPickup"]!.GetValue<string>());
    }

    [Fact]
    public async Task AHolidayRangeShowsOnEachWeekdayAndGuardiansCannotRegisterOneBackwards()
    {
        var mette = factory.GraphQL("mette.hansen");

        var past = await mette.HolidayAsync("registerHoliday", new { childId = Oliver, from = "2026-11-24", to = "2026-11-27" });
        var ahead = await mette.HolidayAsync("registerHoliday", new { childId = Oliver, from = "2026-12-03", to = "2026-12-08" });

        Assert.Equal(["VALIDATION"], past.Codes());
        Assert.Equal(["2026-12-03", "2026-12-04", "2026-12-07", "2026-12-08"], ahead["days"]!.AsArray().Select(d => d!["date"]!.GetValue<string>()));
        foreach (var date in new[] { "2026-12-03", "2026-12-08" })
        {
            Assert.Equal("HOLIDAY", (await DayAsync(date))["status"]!.GetValue<string>());
        }
        Assert.Equal("NOT_ARRIVED", (await DayAsync("2026-12-09"))["status"]!.GetValue<string>());

        var cancelled = await mette.HolidayAsync("cancelHoliday", new { childId = Oliver, from = "2026-12-08", to = "2026-12-08" });
        Assert.Empty(cancelled.Codes());
        Assert.Equal("NOT_ARRIVED", (await DayAsync("2026-12-08"))["status"]!.GetValue<string>());
        Assert.Equal("HOLIDAY", (await DayAsync("2026-12-07"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChangesRacingForOneDayAreEachStoredInOrder()
    {
        var notes = Enumerable.Range(1, 6).Select(n => $"Note {n}").ToList();
        var answers = await Task.WhenAll(notes.Select(n =>
            factory.GraphQL("anne.pedersen").CallAsync("setDayNote", "SetDayNoteInput", new { childId = Oliver, note = n })));

        Assert.All(answers, a => Assert.Empty(a.Codes()));
        var history = factory.Query(db => db.CheckInEvents.Where(e => e.Change == CheckInChange.Note).OrderBy(e => e.Sequence).Select(e => new { e.Sequence, e.Note }).ToList());
        Assert.Equal([1, 2, 3, 4, 5, 6], history.Select(h => h.Sequence));
        Assert.Equal(notes.Order(), history.Select(h => h.Note!).Order());
        Assert.Equal(history[^1].Note, (await factory.GraphQL("anne.pedersen").PostAsync(
            "query($id: ID!) { node(id: $id) { ... on Child { day { note } } } }", new { id = Oliver })).Ok()["node"]!["day"]!["note"]!.GetValue<string>());
    }
}
