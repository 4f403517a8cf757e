using Aula.Realtime.Events;
using static Aula.Graph.Tests.Access.Matrix.MatrixTargets;
using static Aula.Graph.Tests.Access.Matrix.Role;

namespace Aula.Graph.Tests.Access.Matrix;

/// Every subscription: started, then a live event published for the target; Hidden means the start is refused
/// with NOT_FOUND, or the stream stays quiet.
internal static class SubscriptionEntries
{
    private static MessageAdded Added(MatrixTargets t) => new(Key(t.Thread), 1, Key(t.Message), Key(t.Mette), false);

    private static MessageAdded SensitiveAdded(MatrixTargets t) =>
        new(Key(t.SensitiveThread), 1, Key(t.SensitiveMessage), Key(t.Mette), true);

    public static IEnumerable<MatrixEntry> All =>
    [
        Entry.Subscription("messageAdded", "subscription($t: ID!) { messageAdded(threadId: $t) { id } }")
            .With(t => new { t = t.Thread }).On(Added)
            .Reaches("messageAdded.id", t => t.Message)
            .Allow(Guardian, Employee),

        Entry.Subscription("messageAdded", "subscription($t: ID!) { messageAdded(threadId: $t) { id } }", "sensitive, password")
            .With(t => new { t = t.SensitiveThread }).On(SensitiveAdded)
            .Reaches("messageAdded.id", t => t.SensitiveMessage)
            .WithoutSecondFactor()
            .StepUp(Guardian, Employee),

        Entry.Subscription("myThreadActivity", "subscription { myThreadActivity { thread { id } message { id } } }")
            .On(Added)
            .Reaches("myThreadActivity.message.id", t => t.Message)
            .Allow(Guardian, Employee),

        // Mette comes online: those who see her as a person hear of it.
        Entry.Subscription("presenceChanged", "subscription { presenceChanged { person { id } online } }")
            .On(t => new PresenceChanged(Key(t.Mette), true))
            .Reaches("presenceChanged.person.id", t => t.Mette)
            .Allow(Guardian, OtherGuardian, Employee, OtherEmployee),

        // Sofie's day at the SFO changed: her guardian hears of it; her class teacher, the daycare's pedagogue and
        // the others do not (the SFO's own staff are in Presence/ChildPresenceSubscriptionTests).
        Entry.Subscription("childPresenceChanged", "subscription { childPresenceChanged { child { id } status } }")
            .On(t => new ChildPresenceChanged(Key(t.Sofie), Key(t.Sfo), DateOnly.FromDateTime(DateTime.Now), 1))
            .Reaches("childPresenceChanged.child.id", t => t.Sofie)
            .Allow(Guardian),
    ];
}
