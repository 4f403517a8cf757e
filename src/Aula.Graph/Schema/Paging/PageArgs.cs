using Aula.Graph.Basics;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Aula.Graph.Schema.Paging;

/// Relay paging arguments, checked: `first` or `last` (not both), at most <see cref="MaxSize"/>.
public sealed record PageArgs(int? First, string? After, int? Last, string? Before)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public bool Backward => Last is not null && First is null;

    public int Size => (Backward ? Last : First) ?? DefaultSize;

    public static PageArgs From(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var args = new PageArgs(
            context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
        if (args is { First: not null, Last: not null })
        {
            throw new AulaError(ErrorCodes.Validation, "Pass either `first` or `last`, not both.");
        }
        if (args.First is < 0 or > MaxSize || args.Last is < 0 or > MaxSize)
        {
            throw new AulaError(ErrorCodes.Validation, $"`first` and `last` take 0 to {MaxSize}.");
        }
        return args;
    }
}

public static class PagingArguments
{
    /// Adds `first`, `after`, `last` and `before`.
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field
            .Argument<IntGraphType>("first", $"Returns the first n items (at most {PageArgs.MaxSize}; {PageArgs.DefaultSize} when neither first nor last is given).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .Argument<IntGraphType>("last", $"Returns the last n items (at most {PageArgs.MaxSize}).")
            .Argument<StringGraphType>("before", "Returns the items before this cursor.");
    }
}
