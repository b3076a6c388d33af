using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Host.Web.Export;

namespace Politikerforum.Host.Web.Pages.Temaer;

/// <summary>The timeline in the page's view as JSON: the theme, the view, and every entry as the API shows it.</summary>
public sealed class TidslinjeJsonModel(IQuerySession session, TimeProvider clock) : TidslinjeFil(session, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (theme, refusal) = await ThemeAsync(id);
        if (theme is null) return refusal!;
        StartFile(theme, "application/json; charset=utf-8", "json");
        // Written into the response's pipe and flushed from it asynchronously: the serializer itself only ever writes to memory.
        var pipe = Response.BodyWriter;
        await using var json = new Utf8JsonWriter(pipe);
        json.WriteStartObject();
        json.WritePropertyName("theme");
        JsonSerializer.Serialize(json, new { theme.Id, theme.Title }, TimelineExport.Json);
        json.WritePropertyName("filter");
        JsonSerializer.Serialize(json, Selection.Filter, TimelineExport.Json);
        json.WriteStartArray("items");
        long flushed = 0;
        await TimelineExport.EachAsync(Session, id, Actor, Selection.Filter, async item =>
        {
            JsonSerializer.Serialize(json, item, TimelineExport.Json);
            json.Flush();
            if (json.BytesCommitted > flushed + 32 * 1024)
            {
                flushed = json.BytesCommitted;
                await pipe.FlushAsync(Aborted);
            }
        }, Aborted);
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        await pipe.FlushAsync(Aborted);
        return new EmptyResult();
    }
}
