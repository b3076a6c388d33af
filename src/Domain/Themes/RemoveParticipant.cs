using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Themes;

public record RemoveParticipant([property: JsonIgnore] Guid ThemeId, [property: JsonIgnore] Guid MemberId) : ICommand;

/// <summary>A participant leaves a theme themself; the secretariat takes anyone out.</summary>
public static class RemovingParticipants
{
    public static Refusal? Refuses(Theme? theme, Guid memberId, Actor actor) =>
        !theme.CanSee(actor) ? Refusal.Unknown
        : !actor.RunsTheForum && !actor.IsMember(memberId)
            ? Refusal.Forbidden("Et medlem kan kun melde sig selv ud af et tema.")
        : !theme.HasParticipant(memberId) ? Refusal.NotFound("Medlemmet deltager ikke i temaet.")
        : null;

    public static ParticipantLeft Decide(Theme theme, Guid memberId, Actor actor, DateTimeOffset now) =>
        new(theme.Id, memberId, actor.Id, now);
}

public static class RemoveParticipantHandler
{
    public static Task<ThemeStream> LoadAsync(RemoveParticipant command, IDocumentSession session, CancellationToken ct) =>
        ThemeStream.FetchAsync(session, command.ThemeId, ct);

    public static Outcome Handle(RemoveParticipant command, ThemeStream theme, Actor actor, TimeProvider clock) =>
        RemovingParticipants.Refuses(theme.Theme, command.MemberId, actor)
        ?? (Outcome)theme.Append(RemovingParticipants.Decide(theme.Theme!, command.MemberId, actor, clock.GetUtcNow()));
}
