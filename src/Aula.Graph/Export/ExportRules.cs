using Aula.Graph.Access;
using Aula.Graph.Basics;
using Aula.Graph.Messaging;

namespace Aula.Graph.Export;

/// Who may take the export: the person themself, signed in with a second factor (it holds their sensitive
/// threads), in the platform's own apps (a third-party client gets what its scope allows, never everything).
public static class ExportRules
{
    /// Why this viewer may not have the export now; null when they may.
    public static AulaError? Refusal(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.IsAuthenticated)
        {
            return new AulaError(ErrorCodes.Unauthenticated, "Sign in to export your data.");
        }
        if (viewer.ThroughThirdParty)
        {
            return new AulaError(ErrorCodes.Forbidden, "Your data can be exported only in the platform's own apps, not through another client.");
        }
        if (!viewer.SteppedUp)
        {
            return new AulaError(ErrorCodes.StepUpRequired, "The export holds sensitive data: log in with a second factor (step-up) to take it.")
            {
                Extensions = new Dictionary<string, object?> { ["requiredLevel"] = ThreadErrors.SecondFactor },
            };
        }
        return null;
    }
}
