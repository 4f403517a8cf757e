using Aula.Graph.Access;
using Aula.Graph.Basics;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using Microsoft.Extensions.Options;

namespace Aula.Graph.Http.Cost;

/// Charges an operation's requested cost once GraphQL.NET's complexity analyzer has measured it, during
/// validation: over budget, the operation is refused before anything executes.
internal static class CostCharger
{
    public static async Task ChargeAsync(ComplexityValidationContext context)
    {
        var validation = context.ValidationContext;
        if (validation.RequestServices?.GetService<RequestCost>() is not { } cost)
        {
            return;
        }
        cost.Requested = context.TotalImpact;
        var services = validation.RequestServices;
        var viewer = await services.GetRequiredService<ViewerContext>().GetAsync(validation.CancellationToken);
        if (validation.HasErrors || !viewer.IsAuthenticated || !services.GetRequiredService<IOptions<CostOptions>>().Value.Enforce)
        {
            return;
        }
        var requested = (int)Math.Min(int.MaxValue, Math.Ceiling(context.TotalImpact));
        var charge = await ChargeAsync(services, viewer, requested, validation.CancellationToken);
        cost.Remaining = charge.Remaining;
        if (charge.NeverFits)
        {
            validation.ReportError(new CostError(ErrorCodes.LimitExceeded, $"The operation costs {requested}, more than your budget can ever hold; ask for less."));
        }
        else if (!charge.Granted)
        {
            var seconds = (int)Math.Ceiling(charge.RetryAfter.TotalSeconds);
            validation.ReportError(new CostError(ErrorCodes.RateLimited, $"The operation costs {requested} and your budget has {charge.Remaining}; try again in {seconds} s.")
            {
                Extensions = new Dictionary<string, object?> { ["retryAfter"] = seconds },
            });
        }
    }

    /// A subscription event was paid for when the subscription started: it reports what it resolved and the
    /// budget left now, and takes nothing.
    public static async Task ReportEventAsync(IServiceProvider services, ExecutionResult result)
    {
        var cost = services.GetRequiredService<RequestCost>();
        if (services.GetRequiredService<IOptions<CostOptions>>().Value.Enforce
            && await services.GetRequiredService<ViewerContext>().GetAsync(CancellationToken.None) is { IsAuthenticated: true } viewer)
        {
            cost.Remaining = (await ChargeAsync(services, viewer, 0, CancellationToken.None)).Remaining;
        }
        cost.AddTo(result);
    }

    /// The person's budget, and the client's when it is a third party's.
    private static ValueTask<CostCharge> ChargeAsync(IServiceProvider services, Viewer viewer, int cost, CancellationToken cancellationToken) =>
        services.GetRequiredService<ICostBudgets>().ChargeAsync(
            cost, viewer.ActorId.ToString(System.Globalization.CultureInfo.InvariantCulture), viewer.ThroughThirdParty ? viewer.ClientId : null, cancellationToken);
}

/// Counts the fields an execution resolves, for `extensions.cost.actual`.
internal sealed class CostCounter : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        context.RequestServices?.GetService<RequestCost>()?.CountField(
            context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal));
        return next(context);
    }
}

/// RATE_LIMITED or LIMIT_EXCEEDED, reported before execution.
public sealed class CostError : ValidationError
{
    public CostError(string code, string message) : base(message) => Code = code;

    public CostError(string message) : base(message) => Code = ErrorCodes.RateLimited;

    public CostError(string message, Exception innerException) : base(message, innerException) => Code = ErrorCodes.RateLimited;

    public CostError() : this("Over budget.") { }
}
