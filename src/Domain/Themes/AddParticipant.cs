using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Members;

namespace Politikerforum.Domain.Themes;

/// <param name="MemberId">The member to add: a member adds themself (their id is in <c>GET /api/me</c>).</param>
public record AddParticipant(
    [property: Required(ErrorMessage = "Angiv memberId: id'et på det medlem, der skal deltage. Melder du dig selv til, er det dit eget id fra GET /api/me.")]
    Guid? MemberId) : ICommand
{
    [JsonIgnore] public Guid ThemeId { get; init; }
}

/// <summary>A member joins a theme themself; the secretariat adds anyone, and is the only way into a closed theme.</summary>
public static class AddingParticipants
{
    public static Refusal? Refuses(Theme? theme, Member? member, Actor actor) =>
        !theme.CanSee(actor) ? Refusal.Unknown
        // Who may add whom comes before whether the member exists, so members cannot probe the registry.
        : !actor.RunsTheForum && (member is null || !actor.IsMember(member.Id))
            ? Refusal.Forbidden("Et medlem kan kun melde sig selv til et tema.")
        : member is null || member.HasLeft ? Refusal.Invalid("Medlemmet findes ikke i forummet.")
        : !actor.RunsTheForum && theme.Visibility == Visibility.Closed
            ? Refusal.Forbidden("Temaet er lukket; kun sekretariatet kan tilføje deltagere.")
        : theme.IsArchived ? Refusal.Conflict("Temaet er arkiveret, så der kan ikke komme nye deltagere.")
        : theme.HasParticipant(member.Id) ? Refusal.Conflict("Medlemmet deltager allerede i temaet.")
        : null;

    /// <summary>The participant keeps the level and body they had when they joined.</summary>
    public static ParticipantJoined Decide(Theme theme, Member member, Actor actor, DateTimeOffset now) =>
        new(theme.Id, member.Id, member.Level, member.Body, actor.Id, now);
}

public static class AddParticipantHandler
{
    public static async Task<(ThemeStream, Member?)> LoadAsync(AddParticipant command, IDocumentSession session, CancellationToken ct) =>
        (await ThemeStream.FetchAsync(session, command.ThemeId, ct), await session.LoadAsync<Member>(command.MemberId!.Value, ct));

    public static Outcome Handle(AddParticipant command, ThemeStream theme, Member? member, Actor actor, TimeProvider clock) =>
        AddingParticipants.Refuses(theme.Theme, member, actor)
        ?? (Outcome)theme.Append(AddingParticipants.Decide(theme.Theme!, member!, actor, clock.GetUtcNow()));
}
