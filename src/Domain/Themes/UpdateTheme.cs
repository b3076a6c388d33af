using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Themes;

public record UpdateTheme(
    [property: Required(ErrorMessage = "Titel skal udfyldes."), StringLength(200, ErrorMessage = "Titlen må højst være 200 tegn.")]
    string Title,
    [property: Required(ErrorMessage = "Beskrivelse skal udfyldes."), StringLength(10_000, ErrorMessage = "Beskrivelsen må højst være 10.000 tegn.")]
    string Description,
    [property: Required(ErrorMessage = "Synlighed skal angives (public, forum eller closed).")]
    Visibility? Visibility,
    /// <summary>The version the caller last read; a stale version is a conflict.</summary>
    [property: JsonPropertyName("version"), Required(ErrorMessage = Refusal.VersionMissing)] int? ExpectedVersion) : ICommand
{
    [JsonIgnore] public Guid ThemeId { get; init; }
}

public static class UpdatingThemes
{
    /// <summary>Shared by updating and archiving: the secretariat or whoever opened the theme, while it is open.</summary>
    public static Refusal? RefusesSteward(Theme? theme, Actor actor) =>
        !theme.CanSee(actor) ? Refusal.Unknown
        : !actor.RunsTheForum && !actor.IsPerson(theme.OpenedBy)
            ? Refusal.Forbidden("Kun sekretariatet og den, der åbnede temaet, kan ændre det.")
        : theme.IsArchived ? Refusal.Conflict("Temaet er arkiveret og kan ikke ændres.")
        : null;

    public static Refusal? Refuses(Theme? theme, UpdateTheme command, Actor actor) =>
        RefusesSteward(theme, actor) ?? Refusal.IfStale(command.ExpectedVersion, theme!.Version);

    public static ThemeUpdated Decide(Theme theme, UpdateTheme command, Actor actor, DateTimeOffset now) =>
        new(theme.Id, command.Title.Trim(), command.Description.Trim(), command.Visibility!.Value, actor.Id, now);
}

public static class UpdateThemeHandler
{
    public static Task<ThemeStream> LoadAsync(UpdateTheme command, IDocumentSession session, CancellationToken ct) =>
        ThemeStream.FetchAsync(session, command.ThemeId, ct);

    public static Outcome Handle(UpdateTheme command, ThemeStream theme, Actor actor, TimeProvider clock) =>
        UpdatingThemes.Refuses(theme.Theme, command, actor) ?? (Outcome)theme.Append(UpdatingThemes.Decide(theme.Theme!, command, actor, clock.GetUtcNow()));
}
