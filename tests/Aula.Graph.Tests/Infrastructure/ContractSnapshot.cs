using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Aula.Graph.Tests.Infrastructure;

/// Whole responses compared with the snapshots committed under `__snapshots__` beside the test. Locally a missing
/// snapshot is written for review (a differing one fails and lands in `__mismatch__`); under `CI=true` a missing one
/// fails too (Snapshooter's strict mode), as the schema file test does.
internal static class ContractSnapshot
{
    /// The demo data seeded at a fixed moment (Wednesday 12 March 2025, 09:00 in Copenhagen, ISO week 11), so dates,
    /// plans and IDs are the same on every run and every day.
    public static AulaFactory FixedApp(IDictionary<string, string?>? settings = null) =>
        new(new FakeTimeProvider(new DateTimeOffset(2025, 3, 12, 8, 0, 0, TimeSpan.Zero)), settings: settings);

    /// Matches <paramref name="response"/> with the snapshot <paramref name="name"/> (take it with
    /// <see cref="Snapshot.FullName()"/> in the test method, before its first await).
    public static void Match(GraphQLResponse response, SnapshotFullName name, Func<MatchOptions, MatchOptions>? options = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        Match(new JsonObject { ["status"] = response.Status, ["body"] = response.Body.DeepClone() }, name, options);
    }

    public static void Match(JsonNode value, SnapshotFullName name, Func<MatchOptions, MatchOptions>? options = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Environment.SetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE", "true");
        }
        Snapshot.Match(JToken.Parse(value.ToJsonString()), name, options ?? (o => o));
    }
}
