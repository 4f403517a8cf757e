using Aula.Realtime.Domain;

namespace Aula.Realtime.Hubs;

/// This node's connections in each thread's full group (connections with step-up, which get bodies), so the
/// node can say whom a message's push reached: SignalR keeps group members per node but does not list them.
public sealed class FullGroupMembers
{
    private readonly Lock gate = new();
    private readonly Dictionary<int, Dictionary<string, LiveViewer>> threads = [];

    public void Add(int threadKey, string connectionId, LiveViewer viewer)
    {
        lock (gate)
        {
            if (!threads.TryGetValue(threadKey, out var members))
            {
                threads[threadKey] = members = new Dictionary<string, LiveViewer>(StringComparer.Ordinal);
            }
            members[connectionId] = viewer;
        }
    }

    /// A connection closed: it leaves every group it was in, as SignalR's groups do.
    public void Remove(string connectionId, IEnumerable<int> threadKeys)
    {
        ArgumentNullException.ThrowIfNull(threadKeys);
        lock (gate)
        {
            foreach (var key in threadKeys)
            {
                if (threads.TryGetValue(key, out var members) && members.Remove(connectionId) && members.Count == 0)
                {
                    threads.Remove(key);
                }
            }
        }
    }

    /// Who on this node receives the thread's full pushes: one entry per person and client.
    public IReadOnlyList<LiveViewer> Of(int threadKey)
    {
        lock (gate)
        {
            return threads.TryGetValue(threadKey, out var members) ? [.. members.Values.Distinct()] : [];
        }
    }
}
