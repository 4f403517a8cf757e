using System.Text.Json;
using Aula.Realtime.Events;

namespace Aula.Graph.Tests.Access.Matrix;

internal enum Operation { Query, Mutation, Subscription }

/// One row of the matrix: a schema coordinate, a request aimed at a target of Sofie's world, how to tell that the
/// target was reached, and the outcome per role. Unlisted roles are <see cref="Outcome.Hidden"/>, and anonymous
/// callers <see cref="Outcome.Unauthenticated"/>.
internal sealed class MatrixEntry(string coordinate, string? target, Operation operation, string document)
{
    private readonly Dictionary<Role, Outcome> outcomes = [];

    /// `Query.children`, `Mutation.sendMessage`, `Subscription.messageAdded` or `Node:Child`.
    public string Coordinate { get; } = coordinate;

    /// Tells entries of one coordinate apart (`Node:WeeklyPlan (unpublished)`); also the theory's case name.
    public string Key { get; } = target is null ? coordinate : $"{coordinate} ({target})";

    public Operation Operation { get; } = operation;

    public string Document { get; } = document;

    /// The root field, whose payload a mutation's user errors sit in.
    public string Field => Coordinate[(Coordinate.IndexOf('.', StringComparison.Ordinal) + 1)..];

    public Func<MatrixTargets, object?> Variables { get; private set; } = _ => null;

    /// Where the target shows in `data` (dots walk objects and lists) and the value it has there when reached.
    public string ReachedPath { get; private set; } = "";

    public Func<MatrixTargets, string> ReachedValue { get; private set; } = _ => "";

    /// What a subscription waits for: the event published on the live bus once the subscription started.
    public Func<MatrixTargets, LiveEvent>? Trigger { get; private set; }

    /// Tokens carry the second factor unless the entry is about step-up, so that step-up never masks authorization.
    public bool SecondFactor { get; private set; } = true;

    /// Whether an allowed cell changes data, and so gets a database of its own.
    public bool Mutates => Operation == Operation.Mutation;

    /// Whether the request names its target by ID (so a denial can be compared with an ID that names nothing).
    public bool AimsById(MatrixTargets targets) =>
        JsonSerializer.Serialize(Variables(targets)) != JsonSerializer.Serialize(Variables(targets.Nonexistent));

    /// A widget token opens no socket: its subscriptions end at connection_init, as an anonymous caller's do.
    public Outcome Expected(Role role) =>
        outcomes.TryGetValue(role, out var outcome) ? outcome
            : role == Role.Anonymous || (role == Role.Widget && Operation == Operation.Subscription) ? Outcome.Unauthenticated
            : Outcome.Hidden;

    public MatrixEntry With(Func<MatrixTargets, object?> variables)
    {
        Variables = variables;
        return this;
    }

    public MatrixEntry Reaches(string path, Func<MatrixTargets, string> value)
    {
        (ReachedPath, ReachedValue) = (path, value);
        return this;
    }

    public MatrixEntry On(Func<MatrixTargets, LiveEvent> trigger)
    {
        Trigger = trigger;
        return this;
    }

    public MatrixEntry WithoutSecondFactor()
    {
        SecondFactor = false;
        return this;
    }

    public MatrixEntry Allow(params Role[] roles) => Set(Outcome.Allowed, roles);

    public MatrixEntry Forbid(params Role[] roles) => Set(Outcome.Forbidden, roles);

    public MatrixEntry StepUp(params Role[] roles) => Set(Outcome.StepUpRequired, roles);

    private MatrixEntry Set(Outcome outcome, Role[] roles)
    {
        foreach (var role in roles)
        {
            outcomes[role] = outcome;
        }
        return this;
    }

    public override string ToString() => Key;
}
