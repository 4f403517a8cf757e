using Aula.Graph.Http.Cost;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation.Complexity;
using Microsoft.Extensions.Options;

namespace Aula.Graph.Http;

/// <summary>What every transport's executions share: stable error codes, logging of unexpected exceptions, complexity.</summary>
public static class ExecutionSetupExtensions
{
    /// <summary>Errors carry Aula codes (<see cref="AulaErrorInfoProvider"/>); unhandled exceptions are logged.</summary>
    public static IGraphQLBuilder AddAulaErrorHandling(this IGraphQLBuilder builder) =>
        builder
            .AddErrorInfoProvider(services => new AulaErrorInfoProvider(
                services.GetService<IHostEnvironment>()?.IsDevelopment() == true))
            .ConfigureExecutionOptions(options => options.UnhandledExceptionDelegate = context =>
            {
                var logger = options.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Aula.Graph.Execution");
                if (logger is not null)
                {
                    HttpLog.UnhandledException(logger, context.ExecutionOptions.OperationName,
                        context.FieldContext?.FieldDefinition.Name, context.OriginalException);
                }
                return Task.CompletedTask;
            });

    /// <summary>
    /// Introspection as graphql-js clients ask for it (<c>isRepeatable</c>, deprecated arguments and input
    /// fields). GraphQL.NET 8 has no <c>specifiedByURL</c>, so only a query that asks for that is refused.
    /// </summary>
    public static IGraphQLBuilder AddAulaIntrospection(this IGraphQLBuilder builder) =>
        builder.ConfigureSchema(schema =>
        {
            schema.Features.RepeatableDirectives = true;
            schema.Features.DeprecationOfInputValues = true;
        });

    /// <summary>GraphQL.NET's complexity analyzer with <see cref="GraphQLLimitsOptions.MaxComplexity"/>; what it measures is charged to the cost budgets (<see cref="CostOptions"/>).</summary>
    public static IGraphQLBuilder AddAulaComplexityLimit(this IGraphQLBuilder builder) =>
        builder.AddComplexityAnalyzer((complexity, services) =>
        {
            var limits = services.GetService<IOptions<GraphQLLimitsOptions>>()?.Value ?? new GraphQLLimitsOptions();
            complexity.MaxComplexity = limits.MaxComplexity;
            complexity.ValidateComplexityDelegate = CostCharger.ChargeAsync;
            var fallback = complexity.DefaultComplexityImpactDelegate;
            // Introspection keeps its list multipliers but each field weighs IntrospectionImpact, so the standard
            // introspection query passes; how far it fans out is DocumentLimits' introspection nesting rule.
            complexity.DefaultComplexityImpactDelegate = context =>
            {
                var result = fallback(context);
                return IsIntrospection(context)
                    ? new FieldComplexityResult(result.FieldImpact * limits.IntrospectionImpact, result.ChildImpactMultiplier)
                    : result;
            };
        });

    private static bool IsIntrospection(FieldImpactContext context) =>
        context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
        || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal);
}
