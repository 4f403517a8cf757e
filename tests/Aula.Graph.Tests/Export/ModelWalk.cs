using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aula.Graph.Data;
using Aula.Graph.Export;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Aula.Graph.Tests.Export;

/// A column that references a person: a foreign key to Person, or Person's own key.
internal sealed record PersonReference(IEntityType Entity, IProperty Column)
{
    public override string ToString() => $"{Entity.ClrType.Name}.{Column.Name}";
}

/// The walk of the EF model that holds the export to "everything stored about the subject": it knows no entity
/// by name, only the model's foreign keys, the tables' columns and the export's sections.
internal static class ModelWalk
{
    public static List<PersonReference> PersonReferences(IModel model)
    {
        var person = model.FindEntityType(typeof(Person))!;
        return
        [
            new PersonReference(person, person.FindPrimaryKey()!.Properties.Single()),
            .. from entity in model.GetEntityTypes()
               from key in entity.GetForeignKeys()
               where key.PrincipalEntityType.ClrType == typeof(Person)
               select new PersonReference(entity, key.Properties.Single()),
        ];
    }

    /// For each reference, the keys of the rows whose value is one of the ids, read with plain SQL from the table.
    public static async Task<Dictionary<PersonReference, HashSet<string>>> RowsAsync(AulaDbContext db, IReadOnlyCollection<int> ids)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var rows = new Dictionary<PersonReference, HashSet<string>>();
        foreach (var reference in PersonReferences(db.Model))
        {
            rows[reference] = await KeysAsync(connection, reference, ids);
        }
        return rows;
    }

    /// What the export lacks: a section for an entity that references people (even with no rows to show), the
    /// model's key in that section, or a row of the database that references the subject.
    public static List<string> Problems(IModel model, JsonObject export, IReadOnlyDictionary<PersonReference, HashSet<string>> rows)
    {
        var sections = export["sections"]!.AsObject().Select(s => s.Value!.AsObject())
            .ToLookup(s => s["entity"]!.GetValue<string>());
        var problems = new List<string>();
        foreach (var entity in PersonReferences(model).Select(r => r.Entity).Distinct())
        {
            var key = KeyOf(entity);
            var found = sections[ExportWriter.EntityName(entity.ClrType)].ToList();
            if (found.Count != 1)
            {
                problems.Add($"{entity.ClrType.Name}: {found.Count} sections in the export, expected 1");
            }
            else if (!found[0]["key"]!.AsArray().Select(k => k!.GetValue<string>()).SequenceEqual(key.Select(p => CamelCase(p.Name))))
            {
                problems.Add($"{entity.ClrType.Name}: the section's key is not [{string.Join(", ", key.Select(p => p.Name))}]");
            }
        }
        foreach (var (reference, keys) in rows)
        {
            var exported = sections[ExportWriter.EntityName(reference.Entity.ClrType)]
                .SelectMany(s => s["rows"]!.AsArray())
                .Select(r => string.Join('|', KeyOf(reference.Entity).Select(p => Text(r![CamelCase(p.Name)]))))
                .ToHashSet();
            var missing = keys.Where(k => !exported.Contains(k)).Order().ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{reference}: {missing.Count} of {keys.Count} rows missing from the export (keys {string.Join(", ", missing.Take(5))})");
            }
        }
        return problems;
    }

    private static async Task<HashSet<string>> KeysAsync(DbConnection connection, PersonReference reference, IReadOnlyCollection<int> ids)
    {
        var table = reference.Entity.GetSchema() is { } schema
            ? $"{Quote(schema)}.{Quote(reference.Entity.GetTableName()!)}"
            : Quote(reference.Entity.GetTableName()!);
        var key = KeyOf(reference.Entity);
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // identifiers from the EF model, values are ints
        command.CommandText = $"SELECT {string.Join(", ", key.Select(p => Quote(p.GetColumnName())))} FROM {table} "
            + $"WHERE {Quote(reference.Column.GetColumnName())} IN ({string.Join(", ", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)))})";
#pragma warning restore CA2100
        var keys = new HashSet<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(string.Join('|', Enumerable.Range(0, key.Count).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }
        return keys;
    }

    private static IReadOnlyList<IProperty> KeyOf(IEntityType entity) => entity.FindPrimaryKey()!.Properties;

    private static string Quote(string identifier) => '"' + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + '"';

    private static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static string? Text(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value?.ToJsonString();
}
