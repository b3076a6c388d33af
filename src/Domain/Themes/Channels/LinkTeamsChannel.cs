using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Themes;

public record LinkTeamsChannel(
    [property: Required(ErrorMessage = "Teamets id skal angives."),
               RegularExpression("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", ErrorMessage = "Teamets id er teamets gruppe-id i Microsoft Entra ID, fx 3f2504e0-4f89-11d3-9a0c-0305e82c3301.")]
    string TeamId,
    [property: Required(ErrorMessage = "Kanalens id skal angives."), StringLength(200, ErrorMessage = "Kanalens id må højst være 200 tegn."),
               RegularExpression(@"^19:[^\s;]+@thread\.(tacv2|skype)$", ErrorMessage = "Kanalens id har formen 19:…@thread.tacv2.")]
    string ChannelId) : ICommand
{
    [JsonIgnore] public Guid ThemeId { get; init; }
}

/// <summary>
/// The secretariat decides where a theme lives in Teams. A channel is the place of one theme at a time, so that what
/// is said to the bot there acts on exactly one theme; linking a theme again moves it to the new channel.
/// </summary>
public static class LinkingTeamsChannels
{
    /// <param name="holder">The theme the channel is linked to now, if any.</param>
    public static Refusal? Refuses(Theme? theme, Theme? holder, LinkTeamsChannel command, Actor actor) =>
        RefusesSteward(theme, actor)
        ?? (theme!.IsArchived ? Refusal.Conflict("Temaet er arkiveret og kan ikke knyttes til en kanal.")
            : holder is not null && holder.Id != theme.Id ? Refusal.Conflict($"Kanalen er allerede knyttet til temaet »{holder.Title}«.")
            : theme.TeamsChannel == new LinkedChannel(command.TeamId, command.ChannelId) ? Refusal.Conflict("Kanalen er allerede knyttet til temaet.")
            : null);

    /// <summary>The forum creates a new channel for the theme, then links it: only for a theme without one.</summary>
    public static Refusal? RefusesNewChannel(Theme? theme, Actor actor) =>
        RefusesSteward(theme, actor)
        ?? (theme!.IsArchived ? Refusal.Conflict("Temaet er arkiveret og kan ikke få en kanal i Teams.")
            : theme.TeamsChannel is not null ? Refusal.Conflict("Temaet har allerede en kanal i Teams. Fjern tilknytningen først, hvis det skal have en ny.")
            : null);

    /// <summary>Shared by linking and unlinking.</summary>
    public static Refusal? RefusesSteward(Theme? theme, Actor actor) =>
        !theme.CanSee(actor) ? Refusal.Unknown
        : !actor.RunsTheForum ? Refusal.Forbidden("Kun sekretariatet kan knytte et tema til en kanal i Teams.")
        : null;

    public static TeamsChannelLinked Decide(Theme theme, LinkTeamsChannel command, Actor actor, DateTimeOffset now) =>
        new(theme.Id, command.TeamId, command.ChannelId, actor.Id, now);

    /// <summary>The theme a Teams channel is linked to, if any.</summary>
    public static Task<Theme?> HolderAsync(IQuerySession session, string channelId, CancellationToken ct) =>
        session.Query<Theme>().FirstOrDefaultAsync(t => t.TeamsChannel != null && t.TeamsChannel.ChannelId == channelId, ct);
}

public static class LinkTeamsChannelHandler
{
    public static async Task<(ThemeStream, Theme?)> LoadAsync(LinkTeamsChannel command, IDocumentSession session, CancellationToken ct) =>
        (await ThemeStream.FetchAsync(session, command.ThemeId, ct), await LinkingTeamsChannels.HolderAsync(session, command.ChannelId, ct));

    public static Outcome Handle(LinkTeamsChannel command, ThemeStream theme, Theme? holder, Actor actor, TimeProvider clock) =>
        LinkingTeamsChannels.Refuses(theme.Theme, holder, command, actor)
        ?? (Outcome)theme.Append(LinkingTeamsChannels.Decide(theme.Theme!, command, actor, clock.GetUtcNow()));
}
