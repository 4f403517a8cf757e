namespace Aula.Graph.Tests.Access.Matrix;

/// The roles of the authorization matrix, each a demo login seen from Sofie Hansen's world (3A at Solby Skole).
public enum Role
{
    /// No token at all.
    Anonymous,

    /// mette.hansen: custody of Sofie.
    Guardian,

    /// peter.jensen: guardian of Noah in the same class 3A, no custody of Sofie (the adversarial neighbour).
    OtherGuardian,

    /// noah.jensen: Sofie's classmate in 3A, a pupil with a login of his own.
    Pupil,

    /// lars.nielsen: class teacher of 3A at Solby Skole.
    Employee,

    /// anne.pedersen: pedagogue at the daycare Børnehuset Mælkebøtten, another institution.
    OtherEmployee,

    /// ida.lund: administrator of Solby Kommune, which runs Solby Skole; works at no institution.
    Administrator,

    /// A vendor holding mette.hansen's token for the plans widget (`plans:read groups:read`, enabled at Solby Skole):
    /// Sofie's name, groups, institutions and published plans, and nothing else.
    Widget,
}

internal static class Roles
{
    public static readonly IReadOnlyList<Role> All = Enum.GetValues<Role>();

    /// The demo login the role signs in as; null for <see cref="Role.Anonymous"/>.
    public static string? Login(this Role role) => role switch
    {
        Role.Anonymous => null,
        Role.Guardian => "mette.hansen",
        Role.OtherGuardian => "peter.jensen",
        Role.Pupil => "noah.jensen",
        Role.Employee => "lars.nielsen",
        Role.OtherEmployee => "anne.pedersen",
        Role.Administrator => "ida.lund",
        Role.Widget => "mette.hansen",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}
