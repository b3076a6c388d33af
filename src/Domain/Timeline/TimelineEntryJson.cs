using System.Text.Json;
using System.Text.Json.Serialization;

namespace Politikerforum.Domain.Timeline;

/// <summary>
/// A <see cref="TimelineEntry"/> as the store keeps it, written and read by hand: every timeline page reads fifty-one of
/// them, and the serializer's general reader cost the host more than PostgreSQL spent finding them (docs/performance.md,
/// "What every request pays"). The JSON is what the serializer writes for the store's settings (camelCase, nulls
/// written, fields in declaration order); a field it does not know is skipped, as the serializer skips one.
/// </summary>
public sealed class TimelineEntryJson : JsonConverter<TimelineEntry>
{
    private static readonly JsonEncodedText IdField = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText ThemeIdField = JsonEncodedText.Encode("themeId");
    private static readonly JsonEncodedText TimeField = JsonEncodedText.Encode("time");
    private static readonly JsonEncodedText TypeField = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText ActorIdField = JsonEncodedText.Encode("actorId");
    private static readonly JsonEncodedText ActorRoleField = JsonEncodedText.Encode("actorRole");
    private static readonly JsonEncodedText SubjectMemberIdField = JsonEncodedText.Encode("subjectMemberId");
    private static readonly JsonEncodedText ItemIdField = JsonEncodedText.Encode("itemId");
    private static readonly JsonEncodedText SummaryField = JsonEncodedText.Encode("summary");

    public override TimelineEntry? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException();
        var entry = new TimelineEntry();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader;
            reader.Read();
            if (name.ValueTextEquals("id"u8)) entry.Id = reader.GetInt64();
            else if (name.ValueTextEquals("themeId"u8)) entry.ThemeId = reader.GetGuid();
            else if (name.ValueTextEquals("time"u8)) entry.Time = reader.GetDateTimeOffset();
            else if (name.ValueTextEquals("type"u8)) entry.Type = reader.GetString()!;
            else if (name.ValueTextEquals("actorId"u8)) entry.ActorId = reader.GetGuid();
            else if (name.ValueTextEquals("actorRole"u8)) entry.ActorRole = reader.GetString();
            else if (name.ValueTextEquals("subjectMemberId"u8)) entry.SubjectMemberId = NullableGuid(ref reader);
            else if (name.ValueTextEquals("itemId"u8)) entry.ItemId = NullableGuid(ref reader);
            else if (name.ValueTextEquals("summary"u8)) entry.Summary = reader.GetString()!;
            else reader.Skip();
        }
        if (reader.TokenType != JsonTokenType.EndObject) throw new JsonException();
        return entry;
    }

    private static Guid? NullableGuid(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetGuid();

    public override void Write(Utf8JsonWriter writer, TimelineEntry value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber(IdField, value.Id);
        writer.WriteString(ThemeIdField, value.ThemeId);
        writer.WriteString(TimeField, value.Time);
        Text(writer, TypeField, value.Type);
        writer.WriteString(ActorIdField, value.ActorId);
        Text(writer, ActorRoleField, value.ActorRole);
        Identity(writer, SubjectMemberIdField, value.SubjectMemberId);
        Identity(writer, ItemIdField, value.ItemId);
        Text(writer, SummaryField, value.Summary);
        writer.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter writer, JsonEncodedText name, string? text)
    {
        if (text is not null) writer.WriteString(name, text);
        else writer.WriteNull(name);
    }

    private static void Identity(Utf8JsonWriter writer, JsonEncodedText name, Guid? id)
    {
        if (id is { } known) writer.WriteString(name, known);
        else writer.WriteNull(name);
    }
}
