using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Themes;

public record ArchiveTheme([property: JsonIgnore] Guid ThemeId) : ICommand;

/// <summary>An archived theme keeps everything in it readable, but nothing more can be done in it.</summary>
public static class ArchivingThemes
{
    public static Refusal? Refuses(Theme? theme, Actor actor) => UpdatingThemes.RefusesSteward(theme, actor);

    public static ThemeArchived Decide(Theme theme, Actor actor, DateTimeOffset now) => new(theme.Id, actor.Id, now);
}

public static class ArchiveThemeHandler
{
    public static Task<ThemeStream> LoadAsync(ArchiveTheme command, IDocumentSession session, CancellationToken ct) =>
        ThemeStream.FetchAsync(session, command.ThemeId, ct);

    public static Outcome Handle(ArchiveTheme command, ThemeStream theme, Actor actor, TimeProvider clock) =>
        ArchivingThemes.Refuses(theme.Theme, actor) ?? (Outcome)theme.Append(ArchivingThemes.Decide(theme.Theme!, actor, clock.GetUtcNow()));
}
