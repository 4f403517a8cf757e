namespace Aula.Graph.Access;

/// One reason the viewer may see a person's contact details (see <see cref="AccessFilters.ContactGrants"/>).
/// <see cref="StaffChildId"/> is set when the reason is the viewer's job: staff see the details through that child,
/// and such a read goes to the access log.
public sealed class ContactGrant
{
    public int PersonId { get; init; }
    public int? StaffChildId { get; init; }
}
