using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aula.Bench.Floor;

/// The dashboard query's response shape, field for field.
internal sealed record Response(Data Data);

internal sealed record Data(Page<ChildOut> Children, Page<ThreadOut> Threads);

internal sealed record Page<T>(List<T> Nodes);

internal sealed record ChildOut(string Id, string DisplayName, List<GroupOut> Groups);

internal sealed record GroupOut(string Id, string Name, PlanOut? WeeklyPlan);

internal sealed record PlanOut(string Week, List<EntryOut> Entries);

internal sealed record EntryOut(string Day, string? Subject, string Text);

internal sealed record ThreadOut(string Id, string? Subject, int UnreadCount, MessageOut? LastMessage);

internal sealed record MessageOut(string Body, PersonOut Author);

internal sealed record PersonOut(string DisplayName);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Response))]
[JsonSerializable(typeof(int[]))]
internal sealed partial class FloorJson : JsonSerializerContext;
