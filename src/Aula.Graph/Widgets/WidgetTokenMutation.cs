using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Children;
using Aula.Graph.Data;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Errors;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Widgets;

/// `widgetToken(widgetId:)`: a signed-in person, in the platform's own apps, asks for a token to hand to one widget.
internal sealed class WidgetTokenMutation(IDbContextFactory<AulaDbContext> factory, WidgetPseudonyms pseudonyms, WidgetTokens tokens, AulaClock clock) : IMutationFields
{
    private static readonly UserError NotFound = new(ErrorCodes.NotFound, "There is no widget with this ID that you can open.", ["widgetId"]);

    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<WidgetTokenPayloadType>>("widgetToken")
            .Description("A short-lived token for a widget you can open (see `widgets`), carrying a subject only that widget's vendor knows you by, "
                + "the widget's scopes and your children at institutions that enabled it. Errors: NOT_FOUND, FORBIDDEN (through another client than the platform's own).")
            .Argument<NonNullGraphType<IdGraphType>>("widgetId")
            .ResolveAsync(async c =>
            {
                var viewer = await c.ViewerAsync();
                if (viewer.ThroughThirdParty)
                {
                    return new WidgetTokenPayload { Errors = [new UserError(ErrorCodes.Forbidden, "Widget tokens are handed out only in the platform's own apps.", ["widgetId"])] };
                }
                await using var db = factory.CreateDbContext();
                var id = GlobalId.Decode(c.GetArgument<string>("widgetId"), "Widget") ?? 0;
                var widget = await db.VisibleWidgets(viewer).FirstOrDefaultAsync(w => w.Id == id, c.CancellationToken);
                var children = await db.VisibleChildren(viewer, clock.Today)
                    .Where(p => db.WidgetPlaces(viewer.PersonId, clock.Today).Any(w => w.WidgetId == id && w.ChildId == p.Id))
                    .OrderBy(p => p.FirstName).ThenBy(p => p.Id)
                    .Select(Child.FromPerson)
                    .ToListAsync(c.CancellationToken);
                if (widget is null || children.Count == 0)
                {
                    return new WidgetTokenPayload { Errors = [NotFound] };
                }
                var subject = await pseudonyms.ForAsync(widget.Vendor, viewer.PersonId, c.CancellationToken);
                var scopes = WidgetScopes.Parse(widget.Scopes).Order(StringComparer.Ordinal).ToList();
                var (token, expiresAt) = tokens.Issue(widget.Key, subject, scopes, children.Select(ch => GlobalId.Encode("Child", ch.Id)));
                return new WidgetTokenPayload { Token = token, ExpiresAt = expiresAt, Scopes = scopes, Children = children };
            });
}
