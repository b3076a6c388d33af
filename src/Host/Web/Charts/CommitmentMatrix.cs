using Microsoft.AspNetCore.Html;
using Politikerforum.Domain;
using Politikerforum.Domain.Commitments;

namespace Politikerforum.Host.Web.Charts;

/// <summary>
/// The cross-level matrix of commitments: a row per level that promised, a column per level (or the forum) it promised
/// to; each cell says how many were promised, delivered and overdue. An overdue cell is marked with a symbol, a thick
/// border and the word, not by its colour alone.
/// </summary>
public static class CommitmentMatrix
{
    private const double Head = 150, Cell = 124, RowHeight = 70, HeadHeight = 34;

    public static HtmlString Render(Ledger ledger, string id)
    {
        var lines = ledger.Lines.ToDictionary(l => (l.From, l.To));
        var promised = ledger.Lines.Sum(l => l.Promised);
        var overdue = ledger.Lines.Sum(l => l.Overdue);
        var svg = new Svg().Open(id, Head + Cell * Recipients.All.Count, HeadHeight + RowHeight * Levels.All.Count,
            "Tilsagn på tværs af niveauer",
            $"Rækkerne er det niveau, der gav tilsagnet, kolonnerne det niveau, det blev givet til. I alt {promised} tilsagn, "
            + $"{ledger.Lines.Sum(l => l.Delivered)} indfriet og {overdue} overskredet.",
            "diagram matrix");
        svg.Label(6, 22, "Fra \\ til", "class=\"akse\"");
        foreach (var (to, c) in Recipients.All.Select((r, c) => (r, c)))
            svg.Label(Head + c * Cell + Cell / 2, 22, Labels.Of(to), "text-anchor=\"middle\" class=\"overskrift\"");

        foreach (var (from, r) in Levels.All.Select((l, r) => (l, r)))
        {
            var y = HeadHeight + r * RowHeight;
            svg.Label(6, y + RowHeight / 2 + 5, Labels.Of(from), "class=\"overskrift\"");
            foreach (var (to, c) in Recipients.All.Select((t, c) => (t, c)))
            {
                var x = Head + c * Cell;
                if (!lines.TryGetValue((from, to), out var line))
                {
                    svg.Rect(x + 2, y + 2, Cell - 4, RowHeight - 4, "class=\"celle samme\"", $"{Labels.Of(from)} til sit eget niveau");
                    svg.Label(x + Cell / 2, y + RowHeight / 2 + 5, "–", "text-anchor=\"middle\"");
                    continue;
                }
                var late = line.Overdue > 0;
                svg.Rect(x + 2, y + 2, Cell - 4, RowHeight - 4, $"class=\"celle{(late ? " overskredet" : line.Promised == 0 ? " tom" : "")}\"",
                    $"{Labels.Of(from)} til {Labels.Of(to)}: {line.Promised} lovet, {line.Delivered} indfriet ({line.DeliveredLate} efter fristen), "
                    + $"{line.Overdue} overskredet, {line.Open} åbne, {line.Withdrawn} trukket tilbage");
                svg.Label(x + 10, y + 22, $"Lovet: {line.Promised}");
                svg.Label(x + 10, y + 40, $"Indfriet: {line.Delivered}");
                svg.Label(x + 10, y + 58, late ? $"⚠ Overskredet: {line.Overdue}" : $"Åbne: {line.Open}", late ? "class=\"advarsel\"" : "");
            }
        }
        return new HtmlString(svg.ToString());
    }
}
