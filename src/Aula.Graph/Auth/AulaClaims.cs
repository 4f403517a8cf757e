namespace Aula.Graph.Auth;

public static class AulaClaims
{
    public const string Subject = "sub";
    public const string AuthenticationMethods = "amr";

    /// The `amr` value that marks a login with a second factor (step-up).
    public const string SecondFactor = "mfa";
}
