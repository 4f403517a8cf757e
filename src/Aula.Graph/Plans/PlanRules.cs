using System.Globalization;
using Aula.Graph.Basics;
using Aula.Graph.Schema.Errors;

namespace Aula.Graph.Plans;

/// What a plan must look like before it is saved. Field paths start at the mutation's `input` argument.
internal static class PlanRules
{
    public const int MaxEntries = 50;
    public const int MaxSubject = 100;
    public const int MaxText = 4000;

    public static List<UserError> Check(SaveWeeklyPlanInput input, DateTimeOffset? publishAt)
    {
        List<UserError> errors = [];
        if (publishAt >= PlanWeeks.End(input.Week))
        {
            errors.Add(Invalid("The plan must be published before its week is over.", "publishAt"));
        }
        if (input.Entries.Count > MaxEntries)
        {
            // One error, not one per entry: the list itself is at fault.
            errors.Add(Invalid($"A plan has at most {MaxEntries} entries.", "entries"));
            return errors;
        }
        for (var i = 0; i < input.Entries.Count; i++)
        {
            var entry = input.Entries[i];
            var index = i.ToString(CultureInfo.InvariantCulture);
            if (entry.Subject is { Length: > MaxSubject })
            {
                errors.Add(Invalid($"A subject has at most {MaxSubject} characters.", "entries", index, "subject"));
            }
            if (string.IsNullOrWhiteSpace(entry.Text))
            {
                errors.Add(Invalid("An entry needs a text.", "entries", index, "text"));
            }
            else if (entry.Text.Length > MaxText)
            {
                errors.Add(Invalid($"A text has at most {MaxText} characters.", "entries", index, "text"));
            }
        }
        return errors;
    }

    private static UserError Invalid(string message, params string[] path) =>
        new(ErrorCodes.Validation, message, ["input", .. path]);
}
