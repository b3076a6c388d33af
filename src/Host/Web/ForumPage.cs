using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Politikerforum.Domain;
using Politikerforum.Host.Auth;
using Politikerforum.Host.Http;

namespace Politikerforum.Host.Web;

/// <summary>What every page of the secretariat's web has: the person signed in, as the forum's actor, and how a "no" is shown.</summary>
public abstract class ForumPage : PageModel
{
    /// <summary>Built from the sign-in cookie exactly as the API builds it from a token.</summary>
    public Actor Actor => Callers.Of(HttpContext);

    /// <summary>Whether the person may act through the pages, not only read them.</summary>
    public bool MayAct => WebAccess.MayAct(Actor);

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>This page's address with one query value replaced (or removed, when null): for paging and links that keep the filters.</summary>
    public string QueryWith(string key, string? value)
    {
        var kept = Request.Query.Where(q => q.Key != key).SelectMany(q => q.Value.Select(v => (q.Key, Value: v ?? "")))
            .Concat(value is null ? [] : [(Key: key, Value: value)])
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}").ToList();
        return Request.Path + (kept.Count == 0 ? "" : "?" + string.Join("&", kept));
    }

    public static readonly Refusal UnreadableFilter = Refusal.Invalid("Et filter i adressen har en værdi, der ikke kan læses. Vælg filtrene igen på siden.");

    /// <summary>A filter in the address that cannot be read is said so, rather than silently left out into a wider list.</summary>
    protected IActionResult? RefusedFilter() => ModelState.IsValid ? null : Refused(UnreadableFilter);

    /// <summary>A page that only says why not, in the Domain's Danish, with the status the API would give.</summary>
    protected IActionResult Refused(Refusal refusal)
    {
        Response.StatusCode = Problems.StatusOf(refusal.Kind);
        return Partial("_Afvist", refusal);
    }
}
