using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Politikerforum.Domain;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Host.Timeline;

/// <summary>
/// A timeline page answered with 200, its JSON written by hand: the page is the forum's most asked-for answer, and the
/// serializer's general writer was a tenth of the host's time on it (docs/performance.md, "What every request pays").
/// The bytes are the serializer's own for the API's settings (camelCase, nulls written, the enums' names by
/// <see cref="EnumNames"/>, the same escaping); a test holds the two side by side.
/// </summary>
public sealed class TimelinePageJson(Page<TimelineItem> page) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<Page<TimelineItem>>
{
    private static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");
    private static readonly JsonEncodedText Next = JsonEncodedText.Encode("next");
    private static readonly JsonEncodedText Sequence = JsonEncodedText.Encode("sequence");
    private static readonly JsonEncodedText Time = JsonEncodedText.Encode("time");
    private static readonly JsonEncodedText TypeField = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText ActorField = JsonEncodedText.Encode("actor");
    private static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");
    private static readonly JsonEncodedText ItemId = JsonEncodedText.Encode("itemId");
    private static readonly JsonEncodedText Subject = JsonEncodedText.Encode("subject");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText LevelField = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText Body = JsonEncodedText.Encode("body");
    private static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");

    public int? StatusCode => StatusCodes.Status200OK;
    public Page<TimelineItem> Value => page;
    object? IValueHttpResult.Value => page;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter, WriterOptions(options)))
            Write(writer, page, options);
        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }

    public static JsonWriterOptions WriterOptions(JsonSerializerOptions options) =>
        new() { Encoder = options.Encoder, Indented = options.WriteIndented, MaxDepth = options.MaxDepth };

    public static void Write(Utf8JsonWriter writer, Page<TimelineItem> page, JsonSerializerOptions options)
    {
        var levels = (System.Text.Json.Serialization.JsonConverter<Level>)options.GetConverter(typeof(Level));
        writer.WriteStartObject();
        writer.WriteStartArray(Items);
        foreach (var item in page.Items)
        {
            writer.WriteStartObject();
            writer.WriteNumber(Sequence, item.Sequence);
            writer.WriteString(Time, item.Time);
            Text(writer, TypeField, item.Type);
            writer.WritePropertyName(ActorField);
            Actor(writer, item.Actor, levels, options);
            Text(writer, Summary, item.Summary);
            if (item.ItemId is { } itemId) writer.WriteString(ItemId, itemId);
            else writer.WriteNull(ItemId);
            writer.WritePropertyName(Subject);
            Actor(writer, item.Subject, levels, options);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        Text(writer, Next, page.Next);
        writer.WriteEndObject();
    }

    private static void Actor(Utf8JsonWriter writer, ShownActor? actor, System.Text.Json.Serialization.JsonConverter<Level> levels, JsonSerializerOptions options)
    {
        if (actor is null)
        {
            writer.WriteNullValue();
            return;
        }
        writer.WriteStartObject();
        if (actor.Id is { } id) writer.WriteString(Id, id);
        else writer.WriteNull(Id);
        Text(writer, Name, actor.Name);
        writer.WritePropertyName(LevelField);
        if (actor.Level is { } level) levels.Write(writer, level, options);
        else writer.WriteNullValue();
        Text(writer, Body, actor.Body);
        Text(writer, Role, actor.Role);
        writer.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter writer, JsonEncodedText name, string? text)
    {
        if (text is null) writer.WriteNull(name);
        else writer.WriteString(name, text);
    }
}
