using Aula.Graph.Basics;

namespace Aula.Graph.Data.Seed;

/// Weekly plans for every class and department: this week's is published, next week's is not yet.
internal static class DemoPlans
{
    private static readonly TimeOnly Noon = new(12, 0);

    private static readonly DayOfWeek[] SchoolDays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static void Add(DemoWorld world, Random random)
    {
        var thisWeek = IsoWeek.Of(world.Today);
        var nextWeek = thisWeek.Next;
        var thisPublish = AulaClock.LocalToInstant(thisWeek.Monday.AddDays(-4), Noon);
        var nextPublish = NextPublishAt(world.Now, thisWeek);
        foreach (var group in world.Groups.Values.Where(g => g.Plans != PlanKind.None))
        {
            var author = group.Staff[0];
            var updated = AtDaytime(thisWeek.Monday.AddDays(-7 + random.Next(3)), random);
            world.Db.Add(Plan(group, author, thisWeek, thisPublish, updated, random));

            // Saved before it is published and never after now: the clock may be just short of the publish time.
            updated = AtDaytime(thisWeek.Monday.AddDays(-3 + random.Next(5)), random);
            var latest = world.Now.AddMinutes(-10 - random.Next(180));
            world.Db.Add(Plan(group, author, nextWeek, nextPublish, updated < latest ? updated : latest, random));
        }
    }

    /// This week's Thursday noon if it is still ahead, else Friday noon, else a day from now: always in the future.
    public static DateTimeOffset NextPublishAt(DateTimeOffset now, IsoWeek thisWeek)
    {
        var thursday = AulaClock.LocalToInstant(thisWeek.Monday.AddDays(3), Noon);
        if (thursday > now)
        {
            return thursday;
        }
        var friday = AulaClock.LocalToInstant(thisWeek.Monday.AddDays(4), Noon);
        if (friday > now)
        {
            return friday;
        }
        var tomorrow = now.AddDays(1);
        return new DateTimeOffset(tomorrow.UtcTicks - (tomorrow.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
    }

    /// A working-hours moment on a Danish local date.
    private static DateTimeOffset AtDaytime(DateOnly date, Random random) =>
        AulaClock.LocalToInstant(date, new TimeOnly(8 + random.Next(12), 15 * random.Next(4)));

    private static WeeklyPlan Plan(DemoGroup group, Person author, IsoWeek week, DateTimeOffset publishAt,
        DateTimeOffset updatedAt, Random random)
    {
        var plan = new WeeklyPlan
        {
            Group = group.Entity,
            Year = week.Year,
            Week = week.Week,
            Author = author,
            PublishAt = publishAt,
            UpdatedAt = updatedAt,
        };
        var subjects = PlanTexts.SubjectsFor(group.Plans);
        var names = subjects.Keys.ToArray();
        var notes = PlanTexts.Notes[group.Plans];
        var noteDay = random.Next(SchoolDays.Length);
        for (var d = 0; d < SchoolDays.Length; d++)
        {
            var count = 2 + random.Next(2);
            var picked = names.OrderBy(_ => random.Next()).Take(count).ToList();
            var position = 1;
            foreach (var subject in picked)
            {
                var texts = subjects[subject];
                plan.Entries.Add(Entry(SchoolDays[d], position++, subject, texts[random.Next(texts.Length)]));
            }
            if (d == noteDay)
            {
                plan.Entries.Add(Entry(SchoolDays[d], position, null, notes[random.Next(notes.Length)]));
            }
        }
        return plan;
    }

    private static WeeklyPlanEntry Entry(DayOfWeek day, int position, string? subject, string text) =>
        new() { Day = day, Position = position, Subject = subject, Text = text };
}
