using Aula.Graph.Data;

namespace Aula.Graph.Access;

/// Who is asking, resolved once per request from the token and the database.
public sealed class Viewer
{
    public static readonly Viewer Anonymous = new();

    /// The signed-in person; 0 for anonymous callers and for widgets, which are nobody in the graph.
    public int PersonId { get; init; }
    public string? Login { get; init; }
    public bool IsAuthenticated => PersonId != 0 || Widget is not null;

    /// A widget acting for a person (<see cref="WidgetGrant"/>): it sees the children in <see cref="GuardianOf"/>
    /// at the institutions that enabled it, and only the fields its scopes open.
    public WidgetGrant? Widget { get; init; }

    /// Whose account the request reads through: the person, or the person a widget acts for.
    public int ActorId => Widget?.PersonId ?? PersonId;

    /// The OAuth client the token was issued to (`client_id`, or `azp`); null for the platform's own apps.
    public string? ClientId { get; init; }

    /// The token came through a client that is not one of the platform's own (<see cref="ClientPolicy"/>).
    public bool ThroughThirdParty { get; init; }

    /// The token carries the second-factor assurance level that sensitive data needs.
    public bool SteppedUp { get; init; }

    public IReadOnlyList<ViewerProfile> Profiles { get; init; } = [];

    /// Children this person has custody of; for a widget, the children it may see.
    public IReadOnlySet<int> GuardianOf { get; init; } = new HashSet<int>();

    /// Institutions this person is employed at.
    public IReadOnlySet<int> EmployeeAt { get; init; } = new HashSet<int>();

    /// Municipalities this person administers (statistics, legal holds); administering sees no child.
    public IReadOnlySet<int> AdministratorOf { get; init; } = new HashSet<int>();
}

public sealed record ViewerProfile(int Id, ProfileKind Kind, int? InstitutionId, EmployeeRole? Role, int? MunicipalityId = null);

/// What a widget token grants, as it stands at this request: the registry's scopes that the token still carries,
/// and the institutions where its children are enrolled that still enable the widget.
public sealed record WidgetGrant(
    int WidgetId, string Key, int PersonId, IReadOnlySet<string> Scopes, IReadOnlySet<int> Institutions, bool TrustedDocumentsOnly,
    IReadOnlySet<string> NodeTypes);
