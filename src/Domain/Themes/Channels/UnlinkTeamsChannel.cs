using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Themes;

public record UnlinkTeamsChannel([property: JsonIgnore] Guid ThemeId) : ICommand;

public static class UnlinkingTeamsChannels
{
    public static Refusal? Refuses(Theme? theme, Actor actor) =>
        LinkingTeamsChannels.RefusesSteward(theme, actor)
        ?? (theme!.TeamsChannel is null ? Refusal.Conflict("Temaet er ikke knyttet til en kanal i Teams.") : null);

    public static TeamsChannelUnlinked Decide(Theme theme, Actor actor, DateTimeOffset now) =>
        new(theme.Id, theme.TeamsChannel!.TeamId, theme.TeamsChannel.ChannelId, actor.Id, now);
}

public static class UnlinkTeamsChannelHandler
{
    public static Task<ThemeStream> LoadAsync(UnlinkTeamsChannel command, IDocumentSession session, CancellationToken ct) =>
        ThemeStream.FetchAsync(session, command.ThemeId, ct);

    public static Outcome Handle(UnlinkTeamsChannel command, ThemeStream theme, Actor actor, TimeProvider clock) =>
        UnlinkingTeamsChannels.Refuses(theme.Theme, actor) ?? (Outcome)theme.Append(UnlinkingTeamsChannels.Decide(theme.Theme!, actor, clock.GetUtcNow()));
}
