using Aula.Graph.Data;

namespace Aula.Graph.Access;

/// Who is asking, resolved once per request from the token and the database.
public sealed class Viewer
{
    public static readonly Viewer Anonymous = new();

    public int PersonId { get; init; }
    public string? Login { get; init; }
    public bool IsAuthenticated => PersonId != 0;

    /// The OAuth client the token was issued to (`client_id`, or `azp`); null for the platform's own apps.
    public string? ClientId { get; init; }

    /// The token came through a client that is not one of the platform's own (<see cref="ClientPolicy"/>).
    public bool ThroughThirdParty { get; init; }

    /// The token carries the second-factor assurance level that sensitive data needs.
    public bool SteppedUp { get; init; }

    public IReadOnlyList<ViewerProfile> Profiles { get; init; } = [];

    /// Children this person has custody of.
    public IReadOnlySet<int> GuardianOf { get; init; } = new HashSet<int>();

    /// Institutions this person is employed at.
    public IReadOnlySet<int> EmployeeAt { get; init; } = new HashSet<int>();

    /// Municipalities this person administers (statistics, legal holds); administering sees no child.
    public IReadOnlySet<int> AdministratorOf { get; init; } = new HashSet<int>();
}

public sealed record ViewerProfile(int Id, ProfileKind Kind, int? InstitutionId, EmployeeRole? Role, int? MunicipalityId = null);
