using System.ComponentModel.DataAnnotations;
using Politikerforum.Domain.Members;

namespace Politikerforum.Domain.Themes;

public record OpenTheme(
    [property: Required(ErrorMessage = "Titel skal udfyldes."), StringLength(200, ErrorMessage = "Titlen må højst være 200 tegn.")]
    string Title,
    [property: Required(ErrorMessage = "Beskrivelse skal udfyldes."), StringLength(10_000, ErrorMessage = "Beskrivelsen må højst være 10.000 tegn.")]
    string Description,
    [property: Required(ErrorMessage = "Synlighed skal angives (public, forum eller closed).")]
    Visibility? Visibility);

public static class ThemeOpening
{
    public static Refusal? Refuses(Actor actor) =>
        actor.RunsTheForum || actor.MemberId is not null
            ? null
            : Refusal.Forbidden("Kun medlemmer og sekretariatet kan åbne temaer.");

    /// <summary>A member who opens a theme takes part in it from the start; otherwise they could not even see a closed one.</summary>
    public static object[] Decide(Guid themeId, OpenTheme command, Actor actor, Member? opener, DateTimeOffset now)
    {
        var opened = new ThemeOpened(themeId, command.Title.Trim(), command.Description.Trim(), command.Visibility!.Value, actor.Id, now);
        return opener is null
            ? [opened]
            : [opened, new ParticipantJoined(themeId, opener.Id, opener.Level, opener.Body, actor.Id, now)];
    }
}
