namespace Aula.Realtime.Hubs;

/// The one place SignalR group names are made. A thread has two groups: connections with step-up get full
/// pushes, the others an envelope without the body when the thread is sensitive.
public static class GroupNames
{
    public static string Full(int threadKey) => $"thread:{threadKey}:full";

    public static string Envelope(int threadKey) => $"thread:{threadKey}:envelope";

    /// Where a connection belongs for this thread.
    public static string For(int threadKey, bool steppedUp) => steppedUp ? Full(threadKey) : Envelope(threadKey);

    public static IReadOnlyList<string> Both(int threadKey) => [Full(threadKey), Envelope(threadKey)];

    /// Every connection of one person (presence pushes address people).
    public static string Person(int personKey) => $"person:{personKey}";

    /// Every connection of the staff who check children in and out at an institution (children's days).
    public static string CheckInStaff(int institutionKey) => $"checkin:{institutionKey}:staff";
}
