using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Politikerforum.Domain;
using Politikerforum.Integrations.Feed.Contract;

namespace Politikerforum.Integrations.Feed;

/// <summary>
/// The JSON Schema (draft 2020-12) of every event type's <c>data</c>, generated from the contract records with the
/// same serializer settings the feed writes them with, so schema and payload cannot drift apart.
/// </summary>
public sealed class FeedSchemas(FeedEnvelope envelope)
{
    private static readonly JsonSerializerOptions Json = new(ForumJson.Create())
    {
        RespectNullableAnnotations = true, TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()
    };

    private static readonly JsonSchemaExporterOptions Exporter = new()
    {
        TreatNullObliviousAsNonNullable = true,
        TransformSchemaNode = (context, schema) =>
        {
            var description = (context.PropertyInfo?.AttributeProvider ?? context.TypeInfo.Type)
                .GetCustomAttributes(typeof(DescriptionAttribute), inherit: false).OfType<DescriptionAttribute>().FirstOrDefault()?.Description;
            if (description is not null && schema is JsonObject node) node.Insert(0, "description", description);
            return schema;
        }
    };

    public JsonObject SchemaOf(EventType type)
    {
        var schema = (JsonObject)JsonSchemaExporter.GetJsonSchemaAsNode(Json, type.Data, Exporter);
        schema.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.Insert(1, "$id", envelope.SchemaOf(type));
        schema.Insert(2, "title", type.Name);
        schema["x-version"] = type.Version;
        return schema;
    }

    /// <summary>
    /// The catalogue, a page as every list is: each type with its version, description and where its schema is, by type name.
    /// <paramref name="after"/> is the last type seen.
    /// </summary>
    public Page<SchemaEntry> List(string? after, int? limit) => Page.Of(
        [.. EventTypes.All.OrderBy(t => t.Name, StringComparer.Ordinal).Where(t => after is null || string.CompareOrdinal(t.Name, after) > 0)
            .Take(Page.Clamp(limit) + 1).Select(t => new SchemaEntry(t.Name, t.Version, t.Description, envelope.SchemaOf(t)))],
        Page.Clamp(limit), e => e.Type);
}

public sealed record SchemaEntry(string Type, int Version, string Description, string Schema);
