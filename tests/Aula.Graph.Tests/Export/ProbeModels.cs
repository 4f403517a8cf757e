using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Aula.Graph.Tests.Export;

/// The real model plus one entity a future change might add, to show the model tests catch it.
internal sealed class ProbeDbContext(DbContextOptions options, Action<ModelBuilder> addition) : AulaDbContext(options)
{
    public static ProbeDbContext With(Action<ModelBuilder> addition) =>
        new(new DbContextOptionsBuilder<ProbeDbContext>()
            .UseSqlite("Data Source=:memory:")
            .ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, NoModelCache>()
            .Options, addition);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        addition(modelBuilder);
    }

    /// Each probe builds its own model: the default cache would hand the first probe's model to the next.
    private sealed class NoModelCache : Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) => new object();
    }
}

/// A note about a person, referencing them properly (a foreign key) but not exported.
public sealed class PersonNote
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public required string Text { get; set; }
}

/// A note about a person that references them by a bare number: no foreign key, so no walk would find it.
public sealed class StickyNote
{
    public int Id { get; set; }
    public int AboutPersonId { get; set; }
    public required string Text { get; set; }
}
