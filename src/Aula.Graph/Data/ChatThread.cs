namespace Aula.Graph.Data;

public sealed class ChatThread
{
    public int Id { get; set; }
    public required string Subject { get; set; }
    public bool IsSensitive { get; set; }
    public int CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// The sequence of the newest message; the next message takes LastSequence + 1.
    public int LastSequence { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }
    public List<ThreadParticipant> Participants { get; set; } = [];
}

public sealed class ThreadParticipant
{
    public int ThreadId { get; set; }
    public ChatThread Thread { get; set; } = null!;
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public int LastReadSequence { get; set; }
    public bool IsMuted { get; set; }
    public DateTimeOffset JoinedAt { get; set; }
    public DateTimeOffset? LeftAt { get; set; }
}
