namespace Aula.Graph.Data;

/// A group's plan for one ISO week; parents and pupils see it from <see cref="PublishAt"/>.
public sealed class WeeklyPlan
{
    public int Id { get; set; }
    public int GroupId { get; set; }
    public Group Group { get; set; } = null!;
    public int Year { get; set; }
    public int Week { get; set; }
    public int AuthorId { get; set; }
    public Person Author { get; set; } = null!;
    public DateTimeOffset PublishAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<WeeklyPlanEntry> Entries { get; set; } = [];
}

public sealed class WeeklyPlanEntry
{
    public int Id { get; set; }
    public int WeeklyPlanId { get; set; }
    public DayOfWeek Day { get; set; }
    public int Position { get; set; }
    public string? Subject { get; set; }
    public required string Text { get; set; }
}
