using System.Globalization;
using System.Text.Json;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Aula.Graph.Export;

/// Writes sections of the export: each named after its entity type, with the names of its key columns, and its
/// rows column by column as the EF model maps them, so a column added to an entity is exported without anyone
/// remembering to. It notes the rows each row refers to (people, groups, institutions...) for the reference
/// sections written at the end.
internal sealed class ExportWriter(Utf8JsonWriter json, IModel model)
{
    private const int FlushThreshold = 32 * 1024;

    private readonly Dictionary<Type, RowShape> shapes = [];

    /// Keys of rows referred to by exported rows, per referenced entity type.
    public Dictionary<Type, HashSet<int>> References { get; } = [];

    /// The export's format names the check-in entities as they were named when it was published.
    private static readonly Dictionary<Type, string> PublishedNames = new()
    {
        [typeof(CheckInEvent)] = "PresenceEvent",
        [typeof(CheckInTemplateDay)] = "PresenceTemplateDay",
        [typeof(CheckInSettings)] = "PresenceSettings",
    };

    public static string EntityName(Type type) => PublishedNames.GetValueOrDefault(type, type.Name);

    public async Task SectionAsync<T>(string name, IQueryable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var shape = ShapeOf(typeof(T));
        json.WriteStartObject(name);
        json.WriteString("entity", EntityName(typeof(T)));
        json.WriteStartArray("key");
        foreach (var key in shape.Key)
        {
            json.WriteStringValue(key);
        }
        json.WriteEndArray();
        json.WriteStartArray("rows");
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            WriteRow(shape, row);
            if (json.BytesPending > FlushThreshold)
            {
                await json.FlushAsync(cancellationToken);
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteRow(RowShape shape, object row)
    {
        json.WriteStartObject();
        foreach (var (name, property) in shape.Columns)
        {
            json.WritePropertyName(name);
            WriteValue(property.PropertyInfo!.GetValue(row));
        }
        json.WriteEndObject();
        foreach (var (principal, property) in shape.Refers)
        {
            if (property.PropertyInfo!.GetValue(row) is int id)
            {
                References.TryAdd(principal, []);
                References[principal].Add(id);
            }
        }
    }

    private void WriteValue(object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case Enum e: json.WriteStringValue(e.ToString()); break;
            case DateTimeOffset d: json.WriteStringValue(d.UtcDateTime); break;
            case DateOnly d: json.WriteStringValue(d.ToString("O", CultureInfo.InvariantCulture)); break;
            case TimeOnly t: json.WriteStringValue(t.ToString("HH:mm:ss", CultureInfo.InvariantCulture)); break;
            default: throw new NotSupportedException($"The export has no JSON form for {value.GetType().Name} yet.");
        }
    }

    private RowShape ShapeOf(Type type)
    {
        if (!shapes.TryGetValue(type, out var shape))
        {
            var entity = model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not an entity.");
            var shadow = entity.GetProperties().FirstOrDefault(p => p.PropertyInfo is null);
            if (shadow is not null)
            {
                throw new NotSupportedException($"{type.Name}.{shadow.Name} has no CLR property; the export reads CLR properties.");
            }
            shape = new RowShape(
                [.. entity.FindPrimaryKey()!.Properties.Select(p => CamelCase(p.Name))],
                [.. entity.GetProperties().Select(p => (CamelCase(p.Name), p))],
                [.. entity.GetForeignKeys().Where(f => f.Properties.Count == 1)
                    .Select(f => (f.PrincipalEntityType.ClrType, f.Properties[0]))]);
            shapes[type] = shape;
        }
        return shape;
    }

    public static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private sealed record RowShape(
        IReadOnlyList<string> Key,
        IReadOnlyList<(string Name, IProperty Property)> Columns,
        IReadOnlyList<(Type Principal, IProperty Property)> Refers);
}
