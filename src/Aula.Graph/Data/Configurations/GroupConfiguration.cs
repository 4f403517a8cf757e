using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aula.Graph.Data.Configurations;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.HasIndex(g => new { g.Name, g.Id });
        builder.Property(g => g.Kind).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class GroupInstitutionConfiguration : IEntityTypeConfiguration<GroupInstitution>
{
    public void Configure(EntityTypeBuilder<GroupInstitution> builder)
    {
        builder.HasKey(g => new { g.GroupId, g.InstitutionId });
        builder.HasIndex(g => new { g.InstitutionId, g.GroupId });
        builder.HasOne<Group>().WithMany(g => g.Institutions).HasForeignKey(g => g.GroupId);
    }
}

internal sealed class GroupMembershipConfiguration : IEntityTypeConfiguration<GroupMembership>
{
    public void Configure(EntityTypeBuilder<GroupMembership> builder)
    {
        builder.HasKey(m => new { m.GroupId, m.PersonId });
        builder.HasIndex(m => new { m.PersonId, m.GroupId });
        builder.HasOne(m => m.Group).WithMany(g => g.Memberships).HasForeignKey(m => m.GroupId);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
    }
}
