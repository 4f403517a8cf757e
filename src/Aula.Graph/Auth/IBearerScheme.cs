namespace Aula.Graph.Auth;

/// A kind of bearer token the platform issues itself (widget tokens), validated by its own authentication scheme.
/// The default scheme forwards a request to the first registered one that claims its token, else to the identity
/// provider's.
public interface IBearerScheme
{
    string Name { get; }

    bool Claims(HttpContext http, string token);
}
