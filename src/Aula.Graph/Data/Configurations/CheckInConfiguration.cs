using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aula.Graph.Data.Configurations;

internal sealed class CheckInEventConfiguration : IEntityTypeConfiguration<CheckInEvent>
{
    public void Configure(EntityTypeBuilder<CheckInEvent> builder)
    {
        builder.ToTable("PresenceEvents");
        builder.HasIndex(e => new { e.ChildId, e.Date, e.Sequence }).IsUnique();
        builder.HasIndex(e => new { e.InstitutionId, e.Date });
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Institution>().WithMany().HasForeignKey(e => e.InstitutionId);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.ActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PickupGuardianId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PickupPerson>().WithMany().HasForeignKey(e => e.PickupPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.GoesHomeWithId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Change).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Pickup).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Note).HasMaxLength(1000);
    }
}

internal sealed class PickupPersonConfiguration : IEntityTypeConfiguration<PickupPerson>
{
    public void Configure(EntityTypeBuilder<PickupPerson> builder)
    {
        builder.HasIndex(p => p.ChildId);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.AddedById).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Relation).HasMaxLength(100);
    }
}

internal sealed class CheckInTemplateDayConfiguration : IEntityTypeConfiguration<CheckInTemplateDay>
{
    public void Configure(EntityTypeBuilder<CheckInTemplateDay> builder)
    {
        builder.ToTable("PresenceTemplates");
        builder.HasKey(d => new { d.ChildId, d.Weekday });
        builder.Property(d => d.Weekday).HasConversion<string>().HasMaxLength(10);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.UpdatedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CheckInSettingsConfiguration : IEntityTypeConfiguration<CheckInSettings>
{
    public void Configure(EntityTypeBuilder<CheckInSettings> builder)
    {
        builder.ToTable("PresenceSettings");
        builder.HasKey(s => s.InstitutionId);
        builder.HasOne<Institution>().WithOne().HasForeignKey<CheckInSettings>(s => s.InstitutionId);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.UpdatedById).OnDelete(DeleteBehavior.Restrict);
    }
}
