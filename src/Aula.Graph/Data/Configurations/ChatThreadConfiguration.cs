using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aula.Graph.Data.Configurations;

internal sealed class ChatThreadConfiguration : IEntityTypeConfiguration<ChatThread>
{
    public void Configure(EntityTypeBuilder<ChatThread> builder)
    {
        builder.Property(t => t.Subject).HasMaxLength(200);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.LastActivityAt, t.Id });
        // Senders take the next number with one atomic UPDATE (the row lock orders them); the token also guards
        // any tracked write of the thread against a sequence moved underneath it.
        builder.Property(t => t.LastSequence).IsConcurrencyToken();
    }
}

internal sealed class ThreadParticipantConfiguration : IEntityTypeConfiguration<ThreadParticipant>
{
    public void Configure(EntityTypeBuilder<ThreadParticipant> builder)
    {
        builder.HasKey(p => new { p.ThreadId, p.PersonId });
        builder.HasIndex(p => new { p.PersonId, p.ThreadId });
        builder.HasOne(p => p.Thread).WithMany(t => t.Participants).HasForeignKey(p => p.ThreadId);
    }
}

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> builder)
    {
        builder.HasIndex(m => new { m.ThreadId, m.Sequence }).IsUnique();
        builder.HasIndex(m => new { m.SenderId, m.ClientMessageId }).IsUnique();
        // Usage statistics count messages by period.
        builder.HasIndex(m => m.SentAt);
        builder.HasOne<ChatThread>().WithMany().HasForeignKey(m => m.ThreadId);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.SenderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.ClientMessageId).HasMaxLength(64);
        builder.Property(m => m.Body).HasMaxLength(20000);
    }
}
