using Politikerforum.Domain;
using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;
using Politikerforum.Integrations.Teams.Cards;

namespace Politikerforum.Integrations.Teams.Inbound.Commands;

/// <summary>"tidslinje": the latest ten entries of the channel's theme, as the person may read them.</summary>
public static class ShowTimeline
{
    public const int Entries = 10;

    public static Task RunAsync(BotTurn turn, Actor actor, string argument) => turn.InLinkedThemeAsync(async theme =>
    {
        if (await TimelineReads.LatestAsync(turn.Session, theme.Id, actor, Entries, CancellationToken.None) is { } items)
            await turn.ReplyAsync(TimelineCard.Build(theme.Title, items));
        else
            await turn.ReplyAsync(Refusal.Unknown.Detail);
    });
}
