namespace Aula.Graph.Http.Cost;

/// Budgets of requested cost per person and per third-party client (<see cref="CostOptions"/>), refilling over time.
public interface ICostBudgets
{
    /// Takes <paramref name="cost"/> from every named budget, or from none; a cost of 0 only reads what is left.
    ValueTask<CostCharge> ChargeAsync(int cost, string? person, string? client, CancellationToken cancellationToken);
}

/// The outcome of one charge: whether it went through, what is left (null: nothing was charged), and how long to
/// wait (or that it never can).
public sealed record CostCharge(bool Granted, long? Remaining, TimeSpan RetryAfter, bool NeverFits);
