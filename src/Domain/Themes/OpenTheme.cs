using System.ComponentModel.DataAnnotations;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Members;

namespace Politikerforum.Domain.Themes;

public record OpenTheme(
    [property: Required(ErrorMessage = "Titel skal udfyldes."), StringLength(200, ErrorMessage = "Titlen må højst være 200 tegn.")]
    string Title,
    [property: Required(ErrorMessage = "Beskrivelse skal udfyldes."), StringLength(10_000, ErrorMessage = "Beskrivelsen må højst være 10.000 tegn.")]
    string Description,
    [property: Required(ErrorMessage = "Synlighed skal angives (public, forum eller closed).")]
    Visibility? Visibility) : ICommand;

public static class OpeningThemes
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

public static class OpenThemeHandler
{
    /// <summary>The member who opens it, with the level and body they take part from; null for the secretariat.</summary>
    public static async Task<Member?> LoadAsync(OpenTheme command, Actor actor, IDocumentSession session, CancellationToken ct) =>
        actor.MemberId is { } memberId ? await session.LoadAsync<Member>(memberId, ct) : null;

    public static Outcome Handle(OpenTheme command, Member? opener, Actor actor, IDocumentSession session, TimeProvider clock)
    {
        if (OpeningThemes.Refuses(actor) is { } refusal) return refusal;
        var themeId = Guid.CreateVersion7();
        var events = OpeningThemes.Decide(themeId, command, actor, opener, clock.GetUtcNow());
        session.Events.StartStream<Theme>(themeId, events);
        return new Done(themeId, events.Length);
    }
}
