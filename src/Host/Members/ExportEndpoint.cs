using Politikerforum.Domain.Themes;
using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Members;
using Politikerforum.Host.Auth;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Members;

/// <summary>
/// A member's right of access and to data portability: their data as a JSON file, for them or the secretariat.
/// A read that writes: the export is recorded on the member's stream, so the member can later be told who took a copy.
/// </summary>
public static class ExportEndpoint
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    public static Task<Member?> LoadAsync(Guid id, IQuerySession session, CancellationToken ct) => session.LoadAsync<Member>(id, ct);

    public static ProblemDetails Validate(Guid id, Member? member, Actor actor) => MemberDataExport.Refuses(id, member, actor).ToProblem();

    [WolverineGet("/api/members/{id}/export", Name = "ExportMemberData")]
    public static async Task<IResult> Get(
        Guid id, Member member, Actor actor, IDocumentSession session, HttpContext context, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var document = await ExportCollector.CollectAsync(member, session, now, ct);
        // GETs are not stamped by the middleware, but this one appends an event and its metadata must say who.
        ActorStamp.Before(context, session);
        session.Events.Append(member.Id, MemberDataExport.Decide(member, actor, now));
        await session.SaveChangesAsync(ct);
        return Results.File(JsonSerializer.SerializeToUtf8Bytes(document, Json), "application/json", $"politikerforum-{member.Id}.json");
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true };
        ForumJson.Configure(options);
        return options;
    }
}
