using System.ComponentModel.DataAnnotations;

namespace Aula.Graph.Http;

/// <summary>
/// Bounds on what one GraphQL request may cost. Bound from <c>GraphQL:Limits</c>. Everything the document
/// shape can make expensive (tokens, depth, aliases, fields, repeated response names) is checked on the
/// parsed document before validation runs, so validation itself stays cheap.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    public const string Section = "GraphQL:Limits";

    /// <summary>Largest POST body (and GET query string) in bytes; larger answers 413 (414 for GET).</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 512 * 1024;

    /// <summary>Lexical tokens in the document, counted before it is parsed.</summary>
    [Range(16, 1_000_000)]
    public int MaxTokens { get; set; } = 5_000;

    /// <summary>
    /// Nested field levels, leaf fields included, fragments followed. Introspection subtrees have their own rule
    /// (lists nested at most two deep): the standard introspection query nests <c>ofType</c> fifteen levels deep.
    /// </summary>
    [Range(2, 1_000)]
    public int MaxDepth { get; set; } = 12;

    /// <summary>Aliases written in the document.</summary>
    [Range(0, 100_000)]
    public int MaxAliases { get; set; } = 30;

    /// <summary>Field selections once every fragment spread is expanded where it is spread.</summary>
    [Range(16, 1_000_000)]
    public int MaxFields { get; set; } = 2_000;

    /// <summary>
    /// Fields sharing one response name in one selection set (fragments merged). Overlapping-field validation
    /// compares these pairwise and reports every conflicting pair, so this bounds its work and its errors.
    /// </summary>
    [Range(2, 10_000)]
    public int MaxSameNameFields { get; set; } = 100;

    /// <summary>
    /// GraphQL.NET's complexity analyzer limit: a field costs 1, times 20 per enclosing list (or the list's
    /// <c>first</c>/<c>last</c>); an introspection field costs <see cref="IntrospectionImpact"/> instead of 1, times
    /// the schema's real type count under <c>__schema.types</c>.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>
    /// Weight of <c>__schema</c>, <c>__type</c>, <c>__typename</c> and each field under them. The standard
    /// introspection query costs about 16,000 × this per type in the schema (5,400 for 34 types), so 0.01 lets
    /// it pass up to some 300 types; its fan-out is bounded by the introspection nesting rule instead.
    /// </summary>
    [Range(0, 1)]
    public double IntrospectionImpact { get; set; } = 0.01;

    /// <summary>Errors returned in one response; the rest are summarised in one last error.</summary>
    [Range(1, 10_000)]
    public int MaxErrors { get; set; } = 20;
}
