using System.ComponentModel.DataAnnotations;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Members;
using Wolverine;

namespace Politikerforum.Domain.Themes;

/// <param name="TeamsChannel">True: the forum creates a Teams channel for the theme once it is open (the secretariat's, with Graph on).</param>
public record OpenTheme(
    [property: Required(ErrorMessage = "Titel skal udfyldes."), StringLength(200, ErrorMessage = "Titlen må højst være 200 tegn.")]
    string Title,
    [property: Required(ErrorMessage = "Beskrivelse skal udfyldes."), StringLength(10_000, ErrorMessage = "Beskrivelsen må højst være 10.000 tegn.")]
    string Description,
    [property: Required(ErrorMessage = "Synlighed skal angives (public, forum eller closed).")]
    Visibility? Visibility,
    bool? TeamsChannel = null) : ICommand;

public static class OpeningThemes
{
    public static Refusal? Refuses(Actor actor) =>
        actor.RunsTheForum || actor.MemberId is not null
            ? null
            : Refusal.Forbidden("Kun medlemmer og sekretariatet kan åbne temaer.");

    /// <param name="channels">Whether the forum can create a Teams channel now.</param>
    public static Refusal? Refuses(Actor actor, OpenTheme command, NewTeamsChannels channels) =>
        Refuses(actor)
        ?? (command.TeamsChannel is not true ? null
            : !actor.RunsTheForum ? Refusal.Forbidden("Kun sekretariatet kan bede om en kanal i Teams, når et tema åbnes.")
            : !channels.Available ? Refusal.Conflict(
                "Forummet er ikke forbundet til Microsoft Teams, så temaet kan ikke få en kanal. Åbn temaet uden kanal, eller kontakt driften.")
            : null);

    /// <summary>A member who opens a theme takes part in it from the start; otherwise they could not even see a closed one.</summary>
    public static object[] Decide(Guid themeId, OpenTheme command, Actor actor, Member? opener, DateTimeOffset now)
    {
        var opened = new ThemeOpened(themeId, command.Title.Trim(), command.Description.Trim(), command.Visibility!.Value, actor.Id, now);
        return opener is null
            ? [opened]
            : [opened, new ParticipantJoined(themeId, opener.Id, opener.Level, opener.Body, actor.Id, now)];
    }
}

public static class OpenThemeHandler
{
    /// <summary>The member who opens it, with the level and body they take part from; null for the secretariat.</summary>
    public static async Task<Member?> LoadAsync(OpenTheme command, Actor actor, IDocumentSession session, CancellationToken ct) =>
        actor.MemberId is { } memberId ? await session.LoadAsync<Member>(memberId, ct) : null;

    /// <summary>A requested channel is created after the theme exists, by a message stored with the theme's first events.</summary>
    public static (Outcome, OutgoingMessages) Handle(OpenTheme command, Member? opener, Actor actor, NewTeamsChannels channels, IDocumentSession session,
        TimeProvider clock)
    {
        if (OpeningThemes.Refuses(actor, command, channels) is { } refusal) return (refusal, []);
        var themeId = Guid.CreateVersion7();
        var events = OpeningThemes.Decide(themeId, command, actor, opener, clock.GetUtcNow());
        session.Events.StartStream<Theme>(themeId, events);
        return (new Done(themeId, events.Length), command.TeamsChannel is true ? [new CreateChannelForNewTheme(themeId, actor.Id)] : []);
    }
}
