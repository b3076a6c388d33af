using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Host.Web;

/// <summary>
/// A view of a theme's timeline as the page's address names it — the same for the page, its CSV and its JSON — and
/// the <see cref="TimelineFilter"/> it stands for. The period is given in Danish dates, both days included.
/// </summary>
public sealed class TimelineSelection
{
    [FromQuery(Name = "type")] public List<string> Types { get; set; } = [];
    [FromQuery(Name = "niveau")] public Level? Level { get; set; }
    [FromQuery(Name = "medlem")] public Guid? Member { get; set; }
    [FromQuery(Name = "fra")] public DateOnly? From { get; set; }
    [FromQuery(Name = "til")] public DateOnly? To { get; set; }
    [FromQuery(Name = "q")] public string? Text { get; set; }

    public TimelineFilter Filter => new(Types, Level,
        From is { } from ? DanishTime.StartOf(from) : null, To is { } to ? DanishTime.StartOf(to.AddDays(1)) : null, Member, Blank.AsNull(Text));

    /// <summary>The address's query for this view (empty when nothing is chosen), optionally from a cursor on.</summary>
    public string Query(long? after = null)
    {
        var parts = Types.Select(t => ("type", (string?)t))
            .Append(("niveau", Level?.ToString().ToLowerInvariant()))
            .Append(("medlem", Member?.ToString()))
            .Append(("fra", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .Append(("til", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .Append(("q", Blank.AsNull(Text)))
            .Append(("efter", after?.ToString()))
            .Where(p => p.Item2 is not null)
            .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}")
            .ToList();
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    public bool Any => Types.Count > 0 || Level is not null || Member is not null || From is not null || To is not null || Blank.AsNull(Text) is not null;
}
