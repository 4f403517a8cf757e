namespace Aula.Graph.Tests.Access.Matrix;

/// What one cell of the matrix expects, each with the exact shape its field documents.
public enum Outcome
{
    /// The role reaches the target: it is in the list, the node is there, the mutation returns it, the event arrives.
    Allowed,

    /// The target answers exactly like one that does not exist: null, missing from the list, a NOT_FOUND user
    /// error or subscription error, no event. The response must equal the one for an ID that names nothing.
    Hidden,

    /// The role sees the target but may not do this to it: a FORBIDDEN user error, nothing done.
    Forbidden,

    /// Refused before anything runs: UNAUTHENTICATED with HTTP 401, or a socket closed with 4403 at connection_init.
    Unauthenticated,

    /// The envelope is there, the contents are not: STEP_UP_REQUIRED.
    StepUpRequired,
}
