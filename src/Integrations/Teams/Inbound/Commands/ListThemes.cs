using Politikerforum.Domain;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Teams.Cards;

namespace Politikerforum.Integrations.Teams.Inbound.Commands;

/// <summary>"temaer": the open themes the person may see, with their pace, as the API lists them.</summary>
public static class ListThemes
{
    public const int Shown = 25;

    public static async Task RunAsync(BotTurn turn, Actor actor, string argument)
    {
        var themes = await ThemeReads.ListAsync(turn.Session, actor, archived: false, pace: null, after: null, limit: Shown, CancellationToken.None);
        await turn.ReplyAsync(ThemesCard.Build(themes.Items, themes.Next is not null));
    }
}
