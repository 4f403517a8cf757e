using System.ComponentModel.DataAnnotations;

namespace Aula.Graph.Http.Cost;

/// <summary>
/// Budgets of requested cost (GraphQL.NET's complexity, as <see cref="GraphQLLimitsOptions.MaxComplexity"/> measures it)
/// that refill over time: one per person (a widget spends the budget of the person it acts for) and one per
/// third-party client. Bound from <c>GraphQL:Cost</c>.
/// </summary>
public sealed class CostOptions
{
    public const string Section = "GraphQL:Cost";

    /// <summary>Whether budgets are charged; <c>extensions.cost</c> is on every response either way.</summary>
    public bool Enforce { get; set; } = true;

    /// <summary>What a person may spend at once; a request that asks for more can never run (LIMIT_EXCEEDED).</summary>
    [Range(1, int.MaxValue)]
    public int PersonCapacity { get; set; } = 250_000;

    /// <summary>How fast a person's budget refills, per second.</summary>
    [Range(1, int.MaxValue)]
    public int PersonRefillPerSecond { get; set; } = 25_000;

    /// <summary>What all people together may spend at once through one third-party client.</summary>
    [Range(1, int.MaxValue)]
    public int ClientCapacity { get; set; } = 2_500_000;

    [Range(1, int.MaxValue)]
    public int ClientRefillPerSecond { get; set; } = 250_000;
}
