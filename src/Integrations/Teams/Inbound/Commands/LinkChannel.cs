using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Teams.Outbound;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.Inbound.Commands;

/// <summary>
/// "tilknyt &lt;tema&gt;", in a channel: the secretariat makes the channel the theme's place in Teams, by the same
/// command as <c>PUT /api/themes/{id}/teams-channel</c>. The theme is named by its title or its id.
/// </summary>
public static class LinkChannel
{
    public static async Task RunAsync(BotTurn turn, Actor actor, string argument)
    {
        if (turn.Activity.TeamsChannelId() is not { } channel)
        {
            await turn.ReplyAsync("Skriv tilknyt i den kanal i et team, som skal knyttes til temaet.");
            return;
        }
        var themes = await FindAsync(turn.Session, actor, argument);
        if (themes.Count != 1)
        {
            await turn.ReplyAsync(themes.Count == 0
                ? $"Jeg kan ikke finde et tema, der hedder »{argument}«. Skriv temaets titel eller id, fx: tilknyt Fremtidens arbejdskraft"
                : $"Flere temaer hedder »{argument}«. Skriv temaets id i stedet.");
            return;
        }
        if (await TeamIdAsync(turn) is not { } team)
        {
            await turn.ReplyAsync("Jeg kender ikke teamets id endnu. Fjern botten fra teamet, og tilføj den igen; så fortæller Teams mig det.");
            return;
        }
        var outcome = await turn.RunAsync(actor, new LinkTeamsChannel(team, channel) { ThemeId = themes[0].Id });
        await turn.ReplyAsync(outcome is Refusal refusal ? Answers.Of(refusal)
            : $"Kanalen er nu knyttet til temaet »{themes[0].Title}«. Det, der skrives til mig her, handler nu om temaet, og temaets nyheder kommer her.");
    }

    private static async Task<IReadOnlyList<Theme>> FindAsync(IQuerySession session, Actor actor, string argument)
    {
        var visible = VisibleThemes.For(session, actor).Where(t => t.ArchivedAt == null);
        return Guid.TryParse(argument, out var id)
            ? await visible.Where(t => t.Id == id).ToListAsync()
            : await visible.Where(t => t.Title.Equals(argument, StringComparison.OrdinalIgnoreCase)).Take(2).ToListAsync();
    }

    /// <summary>
    /// The team's Entra group id, which the forum (and Microsoft Graph) knows a team by. Teams sends it when the bot is
    /// added to the team, not always with a message, so it is looked up among the team's conversations.
    /// </summary>
    private static async Task<string?> TeamIdAsync(BotTurn turn)
    {
        if (turn.Activity.ChannelData?.Team is not { } team) return null;
        if (team.AadGroupId is { Length: > 0 } groupId) return groupId;
        var known = await turn.Session.Query<ConversationReference>().Where(r => r.TeamId == team.Id && r.TeamAadGroupId != null).ToListAsync();
        return known.OrderByDescending(r => r.LastActivityAt).FirstOrDefault()?.TeamAadGroupId;
    }
}
