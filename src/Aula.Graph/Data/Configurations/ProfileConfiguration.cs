using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aula.Graph.Data.Configurations;

internal sealed class ProfileConfiguration : IEntityTypeConfiguration<Profile>
{
    public void Configure(EntityTypeBuilder<Profile> builder)
    {
        builder.HasOne(p => p.Person).WithMany(p => p.Profiles).HasForeignKey(p => p.PersonId);
        builder.HasIndex(p => new { p.PersonId, p.Kind, p.InstitutionId }).IsUnique();
        builder.HasIndex(p => new { p.InstitutionId, p.Kind });
        builder.HasOne(p => p.Municipality).WithMany().HasForeignKey(p => p.MunicipalityId);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
    }
}
