using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema.Errors;

namespace Aula.Graph.CheckIn;

/// The steps every check-in mutation takes: find the days and the viewer's right to change them, check the
/// input against them, then append through <see cref="CheckInBook"/> and answer with the days as they stand.
internal sealed class DayChanger(DayTargets targets, CheckInBook book)
{
    public DayTargets Targets => targets;

    public async Task<ChildDayPayload> OneAsync(
        Viewer viewer, string childId, DateOnly? date, GuardianFeature? feature, CheckInChange kind,
        Func<DayTarget, UserError?> check, Func<ChildDay, ChildDay> change, CancellationToken cancellationToken,
        Func<ChildDay, UserError?>? refuse = null)
    {
        var (target, error) = await targets.OneAsync(viewer, GlobalId.Decode(childId, "Child"), date, feature, cancellationToken);
        if (target is null || check(target) is { } invalid && (error = invalid) is not null)
        {
            return new ChildDayPayload { Errors = [error!] };
        }
        var written = await WriteAsync(viewer, target.ChildId, [target.Date], kind, change, refuse, cancellationToken);
        return written.Error is { } e ? new ChildDayPayload { Errors = [e] } : new ChildDayPayload { Day = written.Days.Count > 0 ? written.Days[0] : null };
    }

    public async Task<(IReadOnlyList<ChildDay> Days, UserError? Error)> WriteAsync(
        Viewer viewer, int childId, IReadOnlyList<DateOnly> dates, CheckInChange kind, Func<ChildDay, ChildDay> change,
        Func<ChildDay, UserError?>? refuse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var written = await book.ChangeAsync(childId, dates, kind, viewer.PersonId, change, refuse ?? (_ => null), cancellationToken);
        return written is null ? ([], UserError.Busy) : (written.Days, written.Refusal);
    }
}
