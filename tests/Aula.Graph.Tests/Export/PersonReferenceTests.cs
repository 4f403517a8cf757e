using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Aula.Graph.Tests.Export;

/// Every reference to another row is a real foreign key, so the export's model walk sees every column that
/// points at a person: a bare `...Id` number would let an entity dodge it.
public sealed class PersonReferenceTests
{
    [Fact]
    public void EveryIdColumnOfTheModelIsAForeignKey()
    {
        using var factory = new AulaFactory();

        Assert.Empty(UnlinkedIds(factory.Query(db => db.Model)));
    }

    [Fact]
    public void AnIdColumnWithoutAForeignKeyFailsTheModelRule()
    {
        using var probe = ProbeDbContext.With(b => b.Entity<StickyNote>());

        Assert.Equal(["StickyNote.AboutPersonId"], UnlinkedIds(probe.Model));
    }

    [Fact]
    public void TheSameIdColumnWithAForeignKeyPassesAndIsWalked()
    {
        using var probe = ProbeDbContext.With(b => b.Entity<StickyNote>().HasOne<Person>().WithMany().HasForeignKey(n => n.AboutPersonId));

        Assert.Empty(UnlinkedIds(probe.Model));
        Assert.Contains("StickyNote.AboutPersonId", ModelWalk.PersonReferences(probe.Model).Select(r => r.ToString()));
    }

    /// Integer columns named like a reference (`...Id`, not the row's own `Id`) that no foreign key covers.
    private static List<string> UnlinkedIds(IModel model) =>
    [
        .. from entity in model.GetEntityTypes()
           from property in entity.GetProperties()
           let type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType
           where property.Name.EndsWith("Id", StringComparison.Ordinal) && property.Name != "Id"
               && (type == typeof(int) || type == typeof(long) || type == typeof(Guid))
               && !property.IsForeignKey()
           select $"{entity.ClrType.Name}.{property.Name}",
    ];
}
