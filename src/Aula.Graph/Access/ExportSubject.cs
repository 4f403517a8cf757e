namespace Aula.Graph.Access;

/// Whose data an export holds: the viewer, and the children in their custody (a pupil is their own subject).
public sealed class ExportSubject
{
    private ExportSubject(int personId, IReadOnlyList<int> childIds)
    {
        PersonId = personId;
        ChildIds = childIds;
        Ids = [personId, .. childIds];
    }

    public int PersonId { get; }

    public IReadOnlyList<int> ChildIds { get; }

    /// The viewer and their children: every row that references one of these is about the subject.
    public IReadOnlyList<int> Ids { get; }

    public static ExportSubject Of(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return new ExportSubject(viewer.PersonId, [.. viewer.GuardianOf.Where(c => c != viewer.PersonId).Order()]);
    }
}
