using System.ComponentModel.DataAnnotations;

namespace Aula.Graph.Retention;

/// <summary>
/// When a child's data is deleted, and how often the job looks. Bound from <c>Retention</c>.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Months after the end of a child's last enrollment before the child's data is deleted.</summary>
    [Range(1, 1200)]
    public int DeleteAfterMonths { get; set; } = 15;

    /// <summary>Time between runs of the job; it also runs once when the node starts.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Run the job on this node. Every node may run it: runs on several nodes at once end the same.</summary>
    public bool Enabled { get; set; } = true;
}
