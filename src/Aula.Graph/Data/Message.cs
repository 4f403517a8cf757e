namespace Aula.Graph.Data;

/// One message in exactly one thread, numbered by <see cref="Sequence"/>: without gaps until the retention job deletes
/// an expired author's messages.
public sealed class Message
{
    public long Id { get; set; }
    public int ThreadId { get; set; }
    public int Sequence { get; set; }
    public int SenderId { get; set; }
    /// The sender's idempotency key: unique per sender, so a retried send stores nothing new.
    public required string ClientMessageId { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
