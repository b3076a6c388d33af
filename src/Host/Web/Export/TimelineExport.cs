using System.Text;
using System.Text.Json;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Host.Web.Export;

/// <summary>
/// A theme's timeline, in a view the page names, as a file: every entry, read page after page through
/// <see cref="TimelineReads"/> and written as it comes, so a long timeline is never held in memory whole.
/// </summary>
public static class TimelineExport
{
    /// <summary>The largest page the timeline read gives; an export reads as few pages as it can.</summary>
    private const int Batch = Page.MaxLimit;

    /// <summary>Every entry the actor may read; false when they may not see the theme (nothing has been written then).</summary>
    public static async Task<bool> EachAsync(
        IQuerySession session, Guid themeId, Actor actor, TimelineFilter filter, Func<TimelineItem, Task> write, CancellationToken ct)
    {
        long? after = null;
        do
        {
            if (await TimelineReads.PageAsync(session, themeId, actor, filter, after, Batch, ct) is not { } page) return false;
            foreach (var item in page.Items) await write(item);
            after = page.Next is { } next ? long.Parse(next) : null;
        } while (after is not null);
        return true;
    }

    /// <summary>
    /// Semicolon-separated, as Danish Excel expects; UTF-8 with a byte order mark, so Excel reads æ, ø and å; one header line.
    /// </summary>
    public static class Csv
    {
        public static readonly byte[] ByteOrderMark = Encoding.UTF8.GetPreamble();

        public static readonly string[] Header =
            ["Sekvens", "Tidspunkt (dansk tid)", "Tidspunkt (UTC)", "Hvem", "Niveau", "Myndighed", "Type", "Hændelse", "Resumé", "Element-id"];

        public static string Line(IEnumerable<string?> cells) => string.Join(";", cells.Select(Cell)) + "\r\n";

        public static string Line(TimelineItem item) => Line(
        [
            item.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            DanishTime.WallClockOf(item.Time).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            item.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            item.Actor.Name, item.Actor.Level is { } level ? Labels.Of(level) : "", item.Actor.Body, item.Type, EventTypes.Name(item.Type),
            item.Summary, item.ItemId?.ToString()
        ]);

        /// <summary>
        /// Quoted when it must be (RFC 4180); text that a spreadsheet would run as a formula gets a leading apostrophe
        /// (OWASP's advice on CSV injection), since names and summaries are typed by people.
        /// </summary>
        public static string Cell(string? value)
        {
            var text = value ?? "";
            if (text.Length > 0 && "=+-@\t\r".Contains(text[0])) text = "'" + text;
            return text.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
        }
    }

    public static readonly JsonSerializerOptions Json = new(ForumJson.Create()) { WriteIndented = false };
}
