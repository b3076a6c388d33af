using System.Text;

namespace Politikerforum.Host.Tests.Web.Support;

/// <summary>A reader for the exported CSV (semicolons, RFC 4180 quoting), written apart from the writer it checks.</summary>
public static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var lines = new List<string[]>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ';') { cells.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                lines.Add([.. cells]);
                cells.Clear();
                i++;
            }
            else cell.Append(c);
        }
        if (cell.Length > 0 || cells.Count > 0) { cells.Add(cell.ToString()); lines.Add([.. cells]); }
        return lines;
    }
}
