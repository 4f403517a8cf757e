using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aula.Graph.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.HasIndex(p => p.Login).IsUnique();
        // Children are listed by name, with the key last for stable cursors.
        builder.HasIndex(p => new { p.FirstName, p.LastName, p.Id });
        builder.Property(p => p.Login).HasMaxLength(128);
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.LastName).HasMaxLength(100);
        builder.Property(p => p.Email).HasMaxLength(200);
        builder.Property(p => p.Phone).HasMaxLength(40);
        builder.Property(p => p.Address).HasMaxLength(300);
    }
}
