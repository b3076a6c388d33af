using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Politikerforum.Host.Web.Charts;

/// <summary>Writes SVG markup for charts drawn on the server: numbers in invariant form, text always encoded.</summary>
internal sealed class Svg
{
    private readonly StringBuilder _markup = new();

    public static string N(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Text(string text) => Encoder.Encode(text);

    /// <summary>Opens a chart that names itself to screen readers by its title and description.</summary>
    public Svg Open(string id, double width, double height, string title, string description, string cssClass)
    {
        _markup.Append($"""<svg xmlns="http://www.w3.org/2000/svg" class="{cssClass}" viewBox="0 0 {N(width)} {N(height)}" role="img" aria-labelledby="{id}-titel {id}-beskrivelse">""")
            .Append($"""<title id="{id}-titel">{Text(title)}</title><desc id="{id}-beskrivelse">{Text(description)}</desc>""");
        return this;
    }

    public Svg Raw(string markup)
    {
        _markup.Append(markup);
        return this;
    }

    public Svg Rect(double x, double y, double width, double height, string attributes, string? tooltip = null)
    {
        _markup.Append($"""<rect x="{N(x)}" y="{N(y)}" width="{N(width)}" height="{N(height)}" {attributes}""");
        _markup.Append(tooltip is null ? "/>" : $"><title>{Text(tooltip)}</title></rect>");
        return this;
    }

    public Svg Label(double x, double y, string text, string attributes = "") =>
        Raw($"""<text x="{N(x)}" y="{N(y)}" {attributes}>{Text(text)}</text>""");

    public Svg Line(double x1, double y1, double x2, double y2, string cssClass) =>
        Raw($"""<line x1="{N(x1)}" y1="{N(y1)}" x2="{N(x2)}" y2="{N(y2)}" class="{cssClass}"/>""");

    public override string ToString() => _markup + "</svg>";
}
