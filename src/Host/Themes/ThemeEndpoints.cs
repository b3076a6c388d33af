using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Http;
using Wolverine.Http;
using Wolverine.Marten;

namespace Politikerforum.Host.Themes;

public static class OpenThemeEndpoint
{
    public static ProblemDetails Validate(Actor actor) => ThemeOpening.Refuses(actor).ToProblem();

    [WolverinePost("/api/themes", Name = "OpenTheme")]
    public static async Task<(Created, IStartStream)> Post(
        OpenTheme command, Actor actor, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var opener = actor.MemberId is { } memberId ? await session.LoadAsync<Member>(memberId, ct) : null;
        var themeId = Guid.CreateVersion7();
        var events = ThemeOpening.Decide(themeId, command, actor, opener, clock.GetUtcNow());
        return (Created.At("/api/themes", themeId), MartenOps.StartStream<Theme>(themeId, events));
    }
}

public static class UpdateThemeEndpoint
{
    public static ProblemDetails Validate(Theme theme, UpdateTheme command, Actor actor) =>
        ThemeUpdate.Refuses(theme, command, actor).ToProblem();

    [WolverinePut("/api/themes/{id}", Name = "UpdateTheme")]
    public static (UpdatedAggregate, ThemeUpdated) Put(UpdateTheme command, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Theme theme, Actor actor, TimeProvider clock) =>
        (new UpdatedAggregate(), ThemeUpdate.Decide(theme, command, actor, clock.GetUtcNow()));
}

public static class ArchiveThemeEndpoint
{
    public static ProblemDetails Validate(Theme theme, Actor actor) => ThemeArchiving.Refuses(theme, actor).ToProblem();

    [WolverinePost("/api/themes/{id}/archive", Name = "ArchiveTheme"), EmptyResponse]
    public static ThemeArchived Post([WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Theme theme, Actor actor, TimeProvider clock) =>
        ThemeArchiving.Decide(theme, actor, clock.GetUtcNow());
}

public static class AddParticipantEndpoint
{
    public static Task<Member?> LoadAsync(AddParticipant command, IQuerySession session, CancellationToken ct) =>
        session.LoadAsync<Member>(command.MemberId, ct);

    public static ProblemDetails Validate(Theme theme, Member? member, Actor actor) => Joining.Refuses(theme, member, actor).ToProblem();

    [WolverinePost("/api/themes/{id}/participants", Name = "AddParticipant"), EmptyResponse]
    public static ParticipantJoined Post(AddParticipant command, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Theme theme, Member member, Actor actor, TimeProvider clock) =>
        Joining.Decide(theme, member, actor, clock.GetUtcNow());
}

public static class RemoveParticipantEndpoint
{
    public static ProblemDetails Validate(Theme theme, Guid memberId, Actor actor) => Leaving.Refuses(theme, memberId, actor).ToProblem();

    [WolverineDelete("/api/themes/{id}/participants/{memberId}", Name = "RemoveParticipant"), EmptyResponse]
    public static ParticipantLeft Delete([WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Theme theme, Guid memberId, Actor actor, TimeProvider clock) =>
        Leaving.Decide(theme, memberId, actor, clock.GetUtcNow());
}
