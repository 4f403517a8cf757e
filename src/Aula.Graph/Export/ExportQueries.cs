using System.Buffers;
using System.Text.Json;
using Aula.Graph.Access;
using Aula.Graph.Schema;
using Aula.Graph.Schema.Scalars;
using GraphQL.Types;

namespace Aula.Graph.Export;

internal sealed class ExportQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<JsonGraphType>>("exportMyData")
            .Description("Everything the platform stores about you and the children in your custody (a pupil: about "
                + "themself), as one JSON document: the right of access. Sections are named after what they hold, each "
                + "with its `entity`, its `key` columns and its `rows`. Needs a login with a second factor "
                + "(STEP_UP_REQUIRED otherwise), in the platform's own apps. Also a download: `GET /me/export`.")
            .ResolveAsync(async c =>
            {
                var viewer = await c.ViewerAsync();
                if (ExportRules.Refusal(viewer) is { } refusal)
                {
                    throw refusal;
                }
                var buffer = new ArrayBufferWriter<byte>();
                await using (var json = new Utf8JsonWriter(buffer))
                {
                    await c.RequestServices!.GetRequiredService<DataExporter>().WriteAsync(json, viewer, c.CancellationToken);
                }
                using var document = JsonDocument.Parse(buffer.WrittenMemory);
                return document.RootElement.Clone();
            });
}
