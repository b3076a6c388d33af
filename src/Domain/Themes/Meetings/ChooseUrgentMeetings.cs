using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Themes;

/// <param name="On">True: when the theme switches to urgent pace, the forum books a Teams meeting for its participants.</param>
public record ChooseUrgentMeetings(
    [property: Required(ErrorMessage = "Angiv on: true eller false.")] bool? On) : ICommand
{
    [JsonIgnore] public Guid ThemeId { get; init; }
}

/// <summary>
/// Meetings are booked in people's calendars, so whether a theme gets them is the secretariat's choice, theme by
/// theme; a choice that changes nothing is refused, as a repeated link is.
/// </summary>
public static class ChoosingUrgentMeetings
{
    public static Refusal? Refuses(Theme? theme, ChooseUrgentMeetings command, Actor actor) =>
        !theme.CanSee(actor) ? Refusal.Unknown
        : !actor.RunsTheForum ? Refusal.Forbidden("Kun sekretariatet kan vælge, om forummet indkalder til et møde i Teams, når temaet går i hurtig handling.")
        : theme!.IsArchived ? Refusal.Conflict("Temaet er arkiveret og kan ikke længere ændres.")
        : theme.UrgentMeetings == command.On
            ? Refusal.Conflict(theme.UrgentMeetings
                ? "Forummet indkalder allerede til et møde i Teams, når temaet går i hurtig handling."
                : "Det er allerede valgt, at forummet ikke indkalder til møder i Teams, når temaet går i hurtig handling.")
        : null;

    public static UrgentMeetingsChosen Decide(Theme theme, ChooseUrgentMeetings command, Actor actor, DateTimeOffset now) =>
        new(theme.Id, command.On!.Value, actor.Id, now);
}

public static class ChooseUrgentMeetingsHandler
{
    public static Task<ThemeStream> LoadAsync(ChooseUrgentMeetings command, IDocumentSession session, CancellationToken ct) =>
        ThemeStream.FetchAsync(session, command.ThemeId, ct);

    public static Outcome Handle(ChooseUrgentMeetings command, ThemeStream theme, Actor actor, TimeProvider clock) =>
        ChoosingUrgentMeetings.Refuses(theme.Theme, command, actor) ?? (Outcome)theme.Append(ChoosingUrgentMeetings.Decide(theme.Theme!, command, actor, clock.GetUtcNow()));
}
