using System.Globalization;
using Microsoft.AspNetCore.Html;
using Politikerforum.Domain;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Host.Web.Charts;

/// <summary>
/// A theme's activity week by week as stacked bars, one part per level. Each level has a pattern as well as a colour, and
/// the legend names them, so no one needs to tell colours apart; the page shows the same numbers as a table.
/// </summary>
public static class ActivityChart
{
    public sealed record Series(string Name, string Colour, string Pattern, Func<ActivityWeek, int> Count);

    private const string White = "stroke=\"#fff\" stroke-width=\"1.5\"";

    public static readonly IReadOnlyList<Series> All =
    [
        new(Labels.Of(Level.Kommune), "#0b5cad", "", w => w.PerLevel[Level.Kommune]),
        new(Labels.Of(Level.Region), "#a84300", $"<path d=\"M0,8 L8,0\" {White}/>", w => w.PerLevel[Level.Region]),
        new(Labels.Of(Level.Folketing), "#1e6b34", "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#fff\"/>", w => w.PerLevel[Level.Folketing]),
        new(Labels.Of(Level.Europaparlamentet), "#7d2e7d", $"<path d=\"M0,8 L8,0 M0,0 L8,8\" {White}/>", w => w.PerLevel[Level.Europaparlamentet]),
        new("Sekretariat og andre", "#4d4d4d", $"<path d=\"M0,4 L8,4\" {White}/>", w => w.Others),
    ];

    private const double Width = 760, Height = 300, Left = 44, Right = 8, Top = 12, Bottom = 76;

    public static string WeekName(DateOnly monday) =>
        $"Uge {ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue))} ({Labels.Date(monday)})";

    public static HtmlString Render(ThemeActivity activity, string id, string title)
    {
        var weeks = activity.Weeks;
        var total = weeks.Sum(w => w.Total);
        var svg = new Svg().Open(id, Width, Height, title,
            $"{total} hændelser i {weeks.Count} uger fra {Labels.Date(weeks[0].Monday)}, fordelt på niveauer. Tallene står også i tabellen under diagrammet.",
            "diagram");
        svg.Raw("<defs>");
        foreach (var (series, i) in All.Select((s, i) => (s, i)))
            svg.Raw($"""<pattern id="{id}-m{i}" patternUnits="userSpaceOnUse" width="8" height="8"><rect width="8" height="8" fill="{series.Colour}"/>{series.Pattern}</pattern>""");
        svg.Raw("</defs>");

        var top = NiceMaximum(weeks.Max(w => w.Total));
        var plotHeight = Height - Top - Bottom;
        double Y(double value) => Top + plotHeight - value / top * plotHeight;
        foreach (var tick in new[] { 0, top / 2, top }.Distinct())
        {
            svg.Line(Left, Y(tick), Width - Right, Y(tick), "gitter");
            svg.Label(Left - 6, Y(tick) + 4, tick.ToString(CultureInfo.InvariantCulture), "text-anchor=\"end\" class=\"akse\"");
        }

        var slot = (Width - Left - Right) / weeks.Count;
        var every = Math.Max(1, (int)Math.Ceiling(weeks.Count / 13.0));
        foreach (var (week, i) in weeks.Select((w, i) => (w, i)))
        {
            var x = Left + i * slot + slot * 0.15;
            var bottom = 0;
            foreach (var (series, s) in All.Select((series, s) => (series, s)))
            {
                var count = series.Count(week);
                if (count == 0) continue;
                svg.Rect(x, Y(bottom + count), slot * 0.7, Y(bottom) - Y(bottom + count),
                    $"fill=\"url(#{id}-m{s})\" stroke=\"#fff\" stroke-width=\"0.5\"", $"{WeekName(week.Monday)}: {series.Name} {count}");
                bottom += count;
            }
            if (i % every == 0)
                svg.Label(x + slot * 0.35, Top + plotHeight + 16,
                    ISOWeek.GetWeekOfYear(week.Monday.ToDateTime(TimeOnly.MinValue)).ToString(CultureInfo.InvariantCulture),
                    "text-anchor=\"middle\" class=\"akse\"");
        }
        svg.Label(Left, Top + plotHeight + 32, "Uge", "class=\"akse\"");
        Legend(svg, id, Height - 22);
        return new HtmlString(svg.ToString());
    }

    private static void Legend(Svg svg, string id, double y)
    {
        var x = Left;
        foreach (var (series, i) in All.Select((s, i) => (s, i)))
        {
            svg.Rect(x, y - 11, 14, 14, $"fill=\"url(#{id}-m{i})\"");
            svg.Label(x + 19, y, series.Name, "class=\"forklaring\"");
            x += 30 + series.Name.Length * 7.2;
        }
    }

    /// <summary>The top of the scale: 1, 2 or 5 times a power of ten, and at least 1.</summary>
    public static int NiceMaximum(int largest)
    {
        var power = 1;
        while (true)
        {
            foreach (var step in new[] { 1, 2, 5 })
                if (step * power >= largest) return step * power;
            power *= 10;
        }
    }
}
