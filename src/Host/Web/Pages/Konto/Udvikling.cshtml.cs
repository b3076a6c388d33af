using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Politikerforum.Domain;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Organisations;
using Politikerforum.Host.Auth;

namespace Politikerforum.Host.Web.Pages.Konto;

/// <summary>
/// Signs in as a seeded person by their Entra object id and a role, with the same claims Entra ID would give, so the
/// pages can be used and tested locally. Outside Development this page has no route (<see cref="WebSetup"/>).
/// </summary>
public sealed class UdviklingModel(IQuerySession session) : PageModel
{
    public sealed record Person(string Name, string Where, string ObjectId, IReadOnlyList<Role> Roles);

    public IReadOnlyList<Person> People { get; private set; } = [];
    public string? Problem { get; private set; }
    private string _returnUrl = "/sekretariat";

    public async Task<IActionResult> OnGetAsync(string? oid, string? role, string? returnUrl, CancellationToken ct)
    {
        if (Url.IsLocalUrl(returnUrl)) _returnUrl = returnUrl;
        if (oid is null && role is null) return await ChooseAsync(ct);
        if (string.IsNullOrWhiteSpace(oid) || !Enum.TryParse<Role>(role, ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
        {
            Problem = "Angiv både oid (Entra-objekt-id) og role (member, secretariat, admin eller integrator).";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ChooseAsync(ct);
        }
        var actor = await ActorIdentity.IdentifyAsync(session, oid, new HashSet<Role> { chosen }, ct);
        var name = actor.Id == Guid.Empty ? $"{oid} (ikke i registret)"
            : (await ActorNames.LoadAsync(session, [actor.Id], ct)).Show(actor.Id, null).Name;
        var identity = new ClaimsIdentity(
            [
                new Claim(Callers.ObjectIdClaim, oid), new Claim("sub", oid), new Claim(Callers.RolesClaim, chosen.ToString().ToLowerInvariant()),
                new Claim("name", name)
            ],
            WebSignIn.CookieScheme, "name", Callers.RolesClaim);
        await HttpContext.SignInAsync(WebSignIn.CookieScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(_returnUrl);
    }

    public string LinkFor(string objectId, Role role) =>
        $"{WebSignIn.DevelopmentLoginPath}?oid={Uri.EscapeDataString(objectId)}&role={role.ToString().ToLowerInvariant()}&returnUrl={Uri.EscapeDataString(_returnUrl)}";

    private async Task<IActionResult> ChooseAsync(CancellationToken ct)
    {
        var staff = await session.Query<StaffMember>().Where(s => s.EntraObjectId != null).ToListAsync(ct);
        var members = await session.Query<Member>().Where(m => m.EntraObjectId != null && m.LeftAt == null).ToListAsync(ct);
        People =
        [
            .. staff.OrderBy(s => s.Name).Select(s => new Person(s.Name, "Sekretariatet", s.EntraObjectId!, [Role.Secretariat, Role.Admin])),
            .. members.OrderBy(m => m.Level).ThenBy(m => m.Name).Select(m => new Person(m.Name, m.Body, m.EntraObjectId!, [Role.Member]))
        ];
        return Page();
    }
}
