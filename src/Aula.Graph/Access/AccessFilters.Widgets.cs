using Aula.Graph.Data;

namespace Aula.Graph.Access;

/// Which children a widget sees for a person. Listing widgets, issuing a token and every request made with one
/// use this one rule, so a disabled widget, an ended custody or enrollment, or a withdrawn consent counts from the
/// next request.
public static partial class AccessFilters
{
    /// For each widget, today's enrollments of the person's children (or, for pupils, of the person) at
    /// institutions that enabled it; when the widget asks a consent, only children a guardian granted it for and
    /// none refused.
    public static IQueryable<WidgetPlace> WidgetPlaces(this AulaDbContext db, int personId, DateOnly today) =>
        from w in db.Widgets
        from e in db.CurrentEnrollments(today)
        where ((w.Audience != WidgetAudience.Pupils && db.Custodies.Any(c => c.GuardianId == personId && c.ChildId == e.ChildId))
                || (w.Audience != WidgetAudience.Guardians && e.ChildId == personId))
            && db.InstitutionWidgets.Any(i => i.WidgetId == w.Id && i.InstitutionId == e.InstitutionId)
            && (w.ConsentKey == null
                || (db.ConsentAnswers.Any(a => a.ChildId == e.ChildId && a.Definition.Key == w.ConsentKey && a.Granted)
                    && !db.ConsentAnswers.Any(a => a.ChildId == e.ChildId && a.Definition.Key == w.ConsentKey && !a.Granted)))
        select new WidgetPlace { WidgetId = w.Id, ChildId = e.ChildId, InstitutionId = e.InstitutionId };

    /// The registry is public to signed-in people; a widget itself sees none of it.
    public static IQueryable<Widget> VisibleWidgets(this AulaDbContext db, Viewer viewer) =>
        db.Widgets.Where(w => viewer.PersonId != 0);
}

/// A child a widget may see for a person, and the enabling institution where the child is enrolled.
public sealed class WidgetPlace
{
    public int WidgetId { get; init; }
    public int ChildId { get; init; }
    public int InstitutionId { get; init; }
}
