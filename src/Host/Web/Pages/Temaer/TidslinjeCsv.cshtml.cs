using System.Text;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Host.Web.Export;

namespace Politikerforum.Host.Web.Pages.Temaer;

/// <summary>The timeline in the page's view as CSV: every entry, not only the page's.</summary>
public sealed class TidslinjeCsvModel(IQuerySession session, TimeProvider clock) : TidslinjeFil(session, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (theme, refusal) = await ThemeAsync(id);
        if (theme is null) return refusal!;
        StartFile(theme, "text/csv; charset=utf-8", "csv");
        var body = Response.Body;
        await body.WriteAsync(TimelineExport.Csv.ByteOrderMark, Aborted);
        await body.WriteAsync(Encoding.UTF8.GetBytes(TimelineExport.Csv.Line(TimelineExport.Csv.Header)), Aborted);
        await TimelineExport.EachAsync(Session, id, Actor, Selection.Filter,
            item => body.WriteAsync(Encoding.UTF8.GetBytes(TimelineExport.Csv.Line(item)), Aborted).AsTask(), Aborted);
        return new EmptyResult();
    }
}
