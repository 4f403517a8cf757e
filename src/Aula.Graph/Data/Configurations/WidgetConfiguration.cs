using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aula.Graph.Data.Configurations;

internal sealed class WidgetConfiguration : IEntityTypeConfiguration<Widget>
{
    public void Configure(EntityTypeBuilder<Widget> builder)
    {
        builder.HasIndex(w => w.Key).IsUnique();
        builder.Property(w => w.Key).HasMaxLength(64);
        builder.Property(w => w.Name).HasMaxLength(200);
        builder.Property(w => w.Vendor).HasMaxLength(200);
        builder.Property(w => w.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Scopes).HasMaxLength(500);
        builder.Property(w => w.ConsentKey).HasMaxLength(100);
    }
}

internal sealed class InstitutionWidgetConfiguration : IEntityTypeConfiguration<InstitutionWidget>
{
    public void Configure(EntityTypeBuilder<InstitutionWidget> builder)
    {
        builder.HasKey(w => new { w.InstitutionId, w.WidgetId });
        builder.HasOne<Institution>().WithMany().HasForeignKey(w => w.InstitutionId);
        builder.HasOne<Widget>().WithMany().HasForeignKey(w => w.WidgetId);
    }
}

internal sealed class WidgetDocumentConfiguration : IEntityTypeConfiguration<WidgetDocument>
{
    public void Configure(EntityTypeBuilder<WidgetDocument> builder)
    {
        builder.HasKey(d => new { d.WidgetId, d.Hash });
        builder.Property(d => d.Hash).HasMaxLength(64);
        builder.HasOne<Widget>().WithMany().HasForeignKey(d => d.WidgetId);
    }
}

internal sealed class WidgetPseudonymConfiguration : IEntityTypeConfiguration<WidgetPseudonym>
{
    public void Configure(EntityTypeBuilder<WidgetPseudonym> builder)
    {
        builder.HasKey(p => new { p.Vendor, p.PersonId });
        builder.HasIndex(p => p.Subject).IsUnique();
        builder.HasIndex(p => p.PersonId);
        builder.Property(p => p.Vendor).HasMaxLength(200);
        builder.Property(p => p.Subject).HasMaxLength(64);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
