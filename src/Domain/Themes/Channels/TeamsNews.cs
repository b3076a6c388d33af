using Wolverine;

namespace Politikerforum.Domain.Themes;

/// <summary>
/// What the Teams bot makes of an event a command appends in a theme (Integrations/Teams/Notices/NoticeForwarding):
/// a notice for the theme's channel, or a refresh of the cards it posted. Commands that are many (positions, lessons)
/// ask here instead of forwarding every event: a theme that was never in Teams has no channel to tell and no card to
/// refresh, so its writes put nothing in the outbox, and the bot is spared a durable message and two transactions each.
/// </summary>
public interface ITeamsNews
{
    /// <summary>The bot's messages for an event appended in a theme that is or was in Teams.</summary>
    IEnumerable<object> Of(object appended);
}

public static class TeamsNews
{
    /// <summary>Sent with the command's commit, through its outbox; none for a theme Teams never had.</summary>
    public static OutgoingMessages For(this ITeamsNews teams, Theme theme, object appended) => For(teams, theme.HasBeenInTeams, appended);

    /// <inheritdoc cref="For(ITeamsNews, Theme, object)"/>
    public static OutgoingMessages For(this ITeamsNews teams, ThemeStanding theme, object appended) => For(teams, theme.HasBeenInTeams, appended);

    private static OutgoingMessages For(ITeamsNews teams, bool? hasBeenInTeams, object appended) =>
        hasBeenInTeams is false ? [] : [.. teams.Of(appended)];
}
