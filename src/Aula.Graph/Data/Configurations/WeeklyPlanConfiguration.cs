using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aula.Graph.Data.Configurations;

internal sealed class WeeklyPlanConfiguration : IEntityTypeConfiguration<WeeklyPlan>
{
    public void Configure(EntityTypeBuilder<WeeklyPlan> builder)
    {
        builder.HasIndex(p => new { p.GroupId, p.Year, p.Week }).IsUnique();
        builder.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Entries).WithOne().HasForeignKey(e => e.WeeklyPlanId);
    }
}

internal sealed class WeeklyPlanEntryConfiguration : IEntityTypeConfiguration<WeeklyPlanEntry>
{
    public void Configure(EntityTypeBuilder<WeeklyPlanEntry> builder)
    {
        builder.HasIndex(e => new { e.WeeklyPlanId, e.Day, e.Position });
        builder.Property(e => e.Day).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Subject).HasMaxLength(100);
        builder.Property(e => e.Text).HasMaxLength(4000);
    }
}
