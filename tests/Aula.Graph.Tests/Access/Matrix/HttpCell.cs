using Aula.Graph.Basics;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Aula.Graph.Tests.Access.Matrix;

/// One query or mutation cell over HTTP: send the entry's request as the role, and check the outcome's exact shape.
internal static class HttpCell
{
    public static async Task RunAsync(WebApplicationFactory<Program> app, MatrixEntry entry, Role role)
    {
        var targets = MatrixTargets.Load(app.Services, role);
        var client = new GraphQLClient(app.CreateClient(), role.Login() is null ? null : await MatrixApp.TokenForAsync(app, role, entry.SecondFactor));
        var response = await client.PostAsync(entry.Document, entry.Variables(targets));
        var reached = JsonPaths.ValuesAt(response.Data, entry.ReachedPath).Contains(entry.ReachedValue(targets));
        var userErrors = entry.Operation == Operation.Mutation ? JsonPaths.Codes(response.Data?[entry.Field]?["errors"]) : [];
        var expected = entry.Expected(role);
        var why = $"{entry.Key} as {role} should be {expected}; the response was {response}";

        if (expected == Outcome.Allowed)
        {
            Assert.True(reached && response.Errors.Count == 0 && userErrors.Count == 0, why);
            return;
        }
        Assert.False(reached, why);
        // A mutation says no in its payload's user errors (and has no field errors); a query field with a field error.
        // For a widget a field outside its scopes does not exist: the request is refused whole, with NOT_FOUND.
        var mutation = entry.Operation == Operation.Mutation;
        var refusedWhole = role == Role.Widget && response.Data is null;
        var codes = mutation && !refusedWhole ? userErrors : [.. response.Codes.Select(c => c ?? "")];
        Assert.True(!mutation || response.Errors.Count == 0 || expected == Outcome.Unauthenticated || refusedWhole, why);
        switch (expected)
        {
            case Outcome.Unauthenticated:
                Assert.True(response.Status == 401 && response.Data is null, why);
                Assert.All(response.Codes, code => Assert.Equal(ErrorCodes.Unauthenticated, code));
                Assert.NotEmpty(response.Codes);
                break;
            case Outcome.Forbidden:
                Assert.True(codes.Count > 0 && codes.All(c => c == ErrorCodes.Forbidden), why);
                break;
            case Outcome.StepUpRequired:
                Assert.True(codes.Contains(ErrorCodes.StepUpRequired), why);
                break;
            case Outcome.Hidden:
                // Null, absent, or a NOT_FOUND field error; a mutation must say NOT_FOUND (a widget's: refused whole).
                Assert.True(codes.All(c => c == ErrorCodes.NotFound) && (refusedWhole ? codes.Count > 0 : !mutation || codes.Count == 1), why);
                if (!entry.AimsById(targets))
                {
                    break;
                }
                // Indistinguishable: the very same answer as for IDs that name nothing.
                var missing = await client.PostAsync(entry.Document, entry.Variables(targets.Nonexistent));
                Assert.Equal(missing.Status, response.Status);
                Assert.Equal(missing.Body.ToJsonString(), response.Body.ToJsonString());
                break;
        }
    }
}
