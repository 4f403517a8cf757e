using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aula.Graph.Data.Configurations;

internal sealed class ConsentDefinitionConfiguration : IEntityTypeConfiguration<ConsentDefinition>
{
    public void Configure(EntityTypeBuilder<ConsentDefinition> builder)
    {
        builder.HasIndex(d => d.Key).IsUnique();
        builder.HasIndex(d => new { d.MunicipalityId, d.InstitutionId });
        builder.HasOne<Municipality>().WithMany().HasForeignKey(d => d.MunicipalityId);
        builder.HasOne<Institution>().WithMany().HasForeignKey(d => d.InstitutionId);
        builder.Property(d => d.Key).HasMaxLength(80);
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.Description).HasMaxLength(2000);
    }
}

internal sealed class ConsentAnswerConfiguration : IEntityTypeConfiguration<ConsentAnswer>
{
    public void Configure(EntityTypeBuilder<ConsentAnswer> builder)
    {
        builder.HasIndex(a => new { a.ChildId, a.DefinitionId, a.GuardianId }).IsUnique();
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.GuardianId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Scope).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class ConsentAnswerChangeConfiguration : IEntityTypeConfiguration<ConsentAnswerChange>
{
    public void Configure(EntityTypeBuilder<ConsentAnswerChange> builder)
    {
        builder.HasIndex(c => new { c.ChildId, c.DefinitionId, c.Id });
        builder.HasOne<ConsentDefinition>().WithMany().HasForeignKey(c => c.DefinitionId);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.GuardianId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.ChangedById).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.FromScope).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ToScope).HasConversion<string>().HasMaxLength(20);
    }
}
