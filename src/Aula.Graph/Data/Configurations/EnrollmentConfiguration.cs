using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aula.Graph.Data.Configurations;

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        builder.HasIndex(e => new { e.ChildId, e.InstitutionId });
        builder.HasIndex(e => new { e.InstitutionId, e.ChildId });
    }
}

internal sealed class CustodyConfiguration : IEntityTypeConfiguration<Custody>
{
    public void Configure(EntityTypeBuilder<Custody> builder)
    {
        builder.HasKey(c => new { c.GuardianId, c.ChildId });
        builder.HasIndex(c => c.ChildId);
        builder.HasOne(c => c.Guardian).WithMany().HasForeignKey(c => c.GuardianId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Child).WithMany().HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Restrict);
    }
}
