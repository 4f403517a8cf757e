using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema.Errors;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Plans;

/// Saves a group's plan for a week: only the group's staff may, and a save replaces the week's plan whole.
internal sealed class PlanSaver(IDbContextFactory<AulaDbContext> factory, WriteRetry writes, AulaClock clock)
{
    public async Task<SaveWeeklyPlanPayload> SaveAsync(Viewer viewer, SaveWeeklyPlanInput input, CancellationToken cancellationToken)
    {
        var groupId = GlobalId.Decode(input.GroupId, "Group");
        var (visible, staffed) = groupId is { } id ? await AccessAsync(viewer, id, cancellationToken) : (false, false);
        if (!visible)
        {
            return Failed(ErrorCodes.NotFound, "There is no group with this ID.");
        }
        if (!staffed)
        {
            return Failed(ErrorCodes.Forbidden, "Only the group's staff may save its weekly plans.");
        }
        DateTimeOffset? publishAt = input.PublishAt is { } at
            ? AulaClock.Stored(new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)))
            : null;
        var errors = PlanRules.Check(input, publishAt);
        if (errors.Count > 0)
        {
            return new SaveWeeklyPlanPayload { Errors = errors };
        }
        // A concurrent first save of the same week loses on the unique index; the retry finds the plan and updates it.
        var plan = await writes.RunAsync((db, ct) => UpsertAsync(db, viewer, groupId!.Value, input, publishAt, ct), cancellationToken);
        return plan is null
            ? Failed(ErrorCodes.Unavailable, "The plan could not be saved just now (the database is busy); try again.")
            : new SaveWeeklyPlanPayload { WeeklyPlan = plan };
    }

    private async Task<(bool Visible, bool Staffed)> AccessAsync(Viewer viewer, int groupId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var visible = await db.VisibleGroups(viewer).AnyAsync(g => g.Id == groupId, cancellationToken);
        return (visible, visible && await db.StaffedGroups(viewer).AnyAsync(g => g.Id == groupId, cancellationToken));
    }

    private async Task<WeeklyPlan> UpsertAsync(
        AulaDbContext db, Viewer viewer, int groupId, SaveWeeklyPlanInput input, DateTimeOffset? publishAt, CancellationToken cancellationToken)
    {
        var week = input.Week;
        var existing = db.WeeklyPlans.Where(p => p.GroupId == groupId && p.Year == week.Year && p.Week == week.Week);
        // An update that changes nothing takes the row's write lock, so saves of the same plan run one after the
        // other; otherwise each would delete only the entries it saw and the entries of both would remain.
        // No row to lock: insert, and a concurrent insert of the same week fails on the unique index.
        WeeklyPlan plan;
        if (await existing.ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedAt, p => p.UpdatedAt), cancellationToken) == 0)
        {
            plan = new WeeklyPlan { GroupId = groupId, Year = week.Year, Week = week.Week, PublishAt = PlanWeeks.DefaultPublishAt(week) };
            db.Add(plan);
        }
        else
        {
            plan = await existing.AsTracking().SingleAsync(cancellationToken);
            await db.WeeklyPlanEntries.Where(e => e.WeeklyPlanId == plan.Id).ExecuteDeleteAsync(cancellationToken);
        }
        plan.PublishAt = publishAt ?? plan.PublishAt;
        plan.AuthorId = viewer.PersonId;
        plan.UpdatedAt = clock.Now;
        plan.Entries = [.. input.Entries.Select(Entry)];
        await db.SaveChangesAsync(cancellationToken);
        return plan;

        WeeklyPlanEntry Entry(WeeklyPlanEntryInput entry, int index) => new()
        {
            Day = entry.Day,
            // Position counts within the day, in the order the author gave.
            Position = input.Entries.Take(index).Count(e => e.Day == entry.Day) + 1,
            Subject = string.IsNullOrWhiteSpace(entry.Subject) ? null : entry.Subject.Trim(),
            Text = entry.Text,
        };
    }

    private static SaveWeeklyPlanPayload Failed(string code, string message) =>
        new() { Errors = [new UserError(code, message, ["input", "groupId"])] };
}
