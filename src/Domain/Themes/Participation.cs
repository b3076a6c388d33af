using Politikerforum.Domain.Members;

namespace Politikerforum.Domain.Themes;

public record AddParticipant(Guid MemberId);

public static class Joining
{
    public static Refusal? Refuses(Theme theme, Member? member, Actor actor) =>
        !theme.CanSee(actor) ? ThemeAccess.Unknown
        // Who may add whom comes before whether the member exists, so members cannot probe the registry.
        : !actor.RunsTheForum && (member is null || !actor.IsMember(member.Id))
            ? Refusal.Forbidden("Et medlem kan kun melde sig selv til et tema.")
        : member is null || member.HasLeft ? Refusal.Invalid("Medlemmet findes ikke i forummet.")
        : !actor.RunsTheForum && theme.Visibility == Visibility.Closed
            ? Refusal.Forbidden("Temaet er lukket; kun sekretariatet kan tilføje deltagere.")
        : theme.IsArchived ? Refusal.Conflict("Temaet er arkiveret, så der kan ikke komme nye deltagere.")
        : theme.HasParticipant(member.Id) ? Refusal.Conflict("Medlemmet deltager allerede i temaet.")
        : null;

    public static ParticipantJoined Decide(Theme theme, Member member, Actor actor, DateTimeOffset now) =>
        new(theme.Id, member.Id, member.Level, member.Body, actor.Id, now);
}

public static class Leaving
{
    public static Refusal? Refuses(Theme theme, Guid memberId, Actor actor) =>
        !theme.CanSee(actor) ? ThemeAccess.Unknown
        : !actor.RunsTheForum && !actor.IsMember(memberId)
            ? Refusal.Forbidden("Et medlem kan kun melde sig selv ud af et tema.")
        : !theme.HasParticipant(memberId) ? Refusal.NotFound("Medlemmet deltager ikke i temaet.")
        : null;

    public static ParticipantLeft Decide(Theme theme, Guid memberId, Actor actor, DateTimeOffset now) =>
        new(theme.Id, memberId, actor.Id, now);
}
