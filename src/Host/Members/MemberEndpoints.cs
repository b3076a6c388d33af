using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Members;
using Politikerforum.Host.Auth;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Members;

public static class MemberEndpoints
{
    private static readonly JsonSerializerOptions Export = new(ForumJson.Create()) { WriteIndented = true };

    [WolverinePost("/api/members", Name = "RegisterMember")]
    [EndpointSummary("Registrér et medlem")]
    [EndpointDescription("Registrerer en politiker som medlem under personens Entra-objekt-id. Kun sekretariatet og administratorer.")]
    [ProducesResponseType<Created>(201)]
    public static Task<IResult> Register(RegisterMember command, HttpContext http) => http.CreateAsync(command, "/api/members");

    [WolverinePut("/api/members/{id}", Name = "UpdateMemberProfile")]
    [EndpointSummary("Ret en profil")]
    [EndpointDescription("Retter din egen profil. Svaret er medlemmet, som registret viser det.")]
    [ProducesResponseType<MemberView>(200)]
    public static Task<IResult> Update(Guid id, UpdateProfile command, HttpContext http, IQuerySession session) =>
        http.ShowAsync(command with { MemberId = id }, done => MemberReads.GetAsync(session, done.Id, Callers.Of(http), CancellationToken.None));

    [WolverineDelete("/api/members/{id}", Name = "LeaveForum")]
    [EndpointSummary("Meld et medlem ud")]
    [EndpointDescription("Melder medlemmet ud af forummet. Medlemmet selv eller sekretariatet. Bidrag bliver stående.")]
    [ProducesResponseType(204)]
    public static Task<IResult> Leave(Guid id, HttpContext http) => http.NoContentAsync(new LeaveForum(id));

    /// <summary>GDPR art. 17; answered with the member as the directory now shows them.</summary>
    [WolverinePost("/api/members/{id}/erasure", Name = "EraseMember")]
    [EndpointSummary("Slet et medlems personoplysninger")]
    [EndpointDescription("GDPR art. 17: sletter medlemmets personoplysninger. Bidrag bliver stående som \"Tidligere medlem\"; indlæg og erfaringer markeret `personal` tømmes. Kun sekretariatet. Svaret er medlemmet, som registret nu viser det.")]
    [ProducesResponseType<MemberView>(200)]
    public static Task<IResult> Erase(Guid id, EraseMember command, HttpContext http, IQuerySession session) =>
        http.ShowAsync(command with { MemberId = id }, done => MemberReads.GetAsync(session, done.Id, Callers.Of(http), CancellationToken.None));

    /// <summary>"Besked ved hurtig handling": the member's own choice to get urgent themes' notices one to one in Teams.</summary>
    [WolverinePut("/api/members/{id}/urgent-notices", Name = "ChooseUrgentNotices")]
    [EndpointSummary("Vælg besked ved hurtig handling")]
    [EndpointDescription("Medlemmets eget valg: besked én-til-én i Teams, når ens temaer skifter til hurtig handling (`{\"notify\": true}`).")]
    [ProducesResponseType(204)]
    public static Task<IResult> ChooseUrgentNotices(Guid id, ChooseUrgentNotices command, HttpContext http) =>
        http.NoContentAsync(command with { MemberId = id });

    /// <summary>GDPR art. 15 and 20: the member's data as a JSON file, for them or the secretariat.</summary>
    [WolverineGet("/api/members/{id}/export", Name = "ExportMemberData")]
    [EndpointSummary("Hent et medlems data")]
    [EndpointDescription("GDPR art. 15 og 20: medlemmets data som en JSON-fil, til medlemmet selv eller sekretariatet. Hver udlevering registreres. Sekretariatets kopi udelader medlemmets Chatham House-erfaringer og anbefalinger og siger det i `withheld`.")]
    [ProducesResponseType<MemberExportDocument>(200)]
    [ProducesResponseType<ProblemDetails>(409, "application/problem+json")]
    public static Task<IResult> ExportData(Guid id, HttpContext http) =>
        http.RunAsync(new ExportMemberData(id), done => Task.FromResult(
            Results.File(JsonSerializer.SerializeToUtf8Bytes(done.Answer, Export), "application/json", $"politikerforum-{done.Id}.json")));
}

public static class MemberQueries
{
    public static ProblemDetails Validate(Actor actor) => MemberReads.Refuses(actor).ToProblem();

    [WolverineGet("/api/members", Name = "ListMembers")]
    [EndpointSummary("Medlemsregistret")]
    [EndpointDescription("Medlemmerne side for side, for medlemmer og sekretariatet. Filtrér på `level`, `body` (myndighed), `party` og `q` (navn).")]
    public static Task<Page<MemberView>> List(
        Actor actor, IQuerySession session, Level? level, string? body, string? party, string? q, Guid? after, int? limit, CancellationToken ct) =>
        MemberReads.ListAsync(session, new MemberFilter(level, body, party, q), actor, after, limit, ct);

    [WolverineGet("/api/members/{id}", Name = "GetMember")]
    [EndpointSummary("Ét medlem")]
    [EndpointDescription("Medlemmet med niveau, myndighed og parti, efter kontaktreglen.")]
    [ProducesResponseType<MemberView>(200)]
    public static async Task<IResult> Get(Guid id, Actor actor, IQuerySession session, CancellationToken ct) =>
        await MemberReads.GetAsync(session, id, actor, ct) is { } member ? Results.Ok(member) : Refusal.Unknown.ToResult();
}

/// <summary>The caller's own profile; a caller whose member token has no membership behind it is told how to become a member.</summary>
public static class MyProfileQuery
{
    public static ProblemDetails Validate(Actor actor) => MemberReads.RefusesMe(actor).ToProblem();

    [WolverineGet("/api/members/me", Name = "MyMemberProfile")]
    [EndpointSummary("Min medlemsprofil")]
    [EndpointDescription("Din egen profil i medlemsregistret. Har du ikke et medlemskab, siger svaret (404), hvordan du bliver medlem.")]
    [ProducesResponseType<MemberView>(200)]
    [ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static async Task<IResult> Me(Actor actor, IQuerySession session, CancellationToken ct) =>
        await MemberReads.MeAsync(session, actor, ct) is { } me ? Results.Ok(me) : MemberReads.NoProfileFor(actor).ToResult();
}
