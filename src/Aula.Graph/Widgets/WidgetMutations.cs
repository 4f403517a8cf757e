using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Errors;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Widgets;

/// `setWidgetEnabled`: an institution's leaders and administrative staff turn a registry widget on or off there.
/// Turning it off counts from the widget's next request: every request checks it (<see cref="AccessFilters.WidgetPlaces"/>).
internal sealed class WidgetMutations(IDbContextFactory<AulaDbContext> factory, WriteRetry writes, AulaClock clock) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SetWidgetEnabledPayloadType>>("setWidgetEnabled")
            .Description("Enables or disables a widget at an institution; for its leaders and administrative staff. Errors: NOT_FOUND, FORBIDDEN, UNAVAILABLE.")
            .Argument<NonNullGraphType<SetWidgetEnabledInputType>>("input")
            .ResolveAsync(async c =>
            {
                var (viewer, input) = (await c.ViewerAsync(), c.GetArgument<SetWidgetEnabledInput>("input"));
                var (institution, widgetId) = (GlobalId.Decode(input.InstitutionId, "Institution"), GlobalId.Decode(input.WidgetId, "Widget"));
                await using var db = factory.CreateDbContext();
                var widget = widgetId is { } w ? await db.VisibleWidgets(viewer).FirstOrDefaultAsync(x => x.Id == w, c.CancellationToken) : null;
                if (institution is not { } place || !await db.VisibleInstitutions(viewer, clock.Today).AnyAsync(i => i.Id == place, c.CancellationToken))
                {
                    return Refused(ErrorCodes.NotFound, "There is no institution with this ID.", "institutionId");
                }
                if (widget is null)
                {
                    return Refused(ErrorCodes.NotFound, "There is no widget with this ID.", "widgetId");
                }
                if (!viewer.ManagesInstitution(place))
                {
                    return Refused(ErrorCodes.Forbidden, "Only the institution's leaders and administrative staff enable widgets.", "institutionId");
                }
                var setting = await writes.RunAsync(async (db, ct) =>
                {
                    var row = await db.InstitutionWidgets.AsTracking().SingleOrDefaultAsync(i => i.InstitutionId == place && i.WidgetId == widget.Id, ct);
                    if (input.Enabled && row is null)
                    {
                        row = db.InstitutionWidgets.Add(new InstitutionWidget { InstitutionId = place, WidgetId = widget.Id, EnabledAt = clock.Now }).Entity;
                    }
                    else if (!input.Enabled && row is not null)
                    {
                        db.InstitutionWidgets.Remove(row);
                        row = null;
                    }
                    await db.SaveChangesAsync(ct);
                    return new InstitutionWidgetSetting(widget, row?.EnabledAt);
                }, c.CancellationToken);
                return setting is null
                    ? new SetWidgetEnabledPayload { Errors = [UserError.Busy] }
                    : new SetWidgetEnabledPayload { Widget = setting };
            });

    private static SetWidgetEnabledPayload Refused(string code, string message, string field) =>
        new() { Errors = [new UserError(code, message, ["input", field])] };
}
