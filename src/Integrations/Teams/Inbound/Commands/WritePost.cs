using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Posts;

namespace Politikerforum.Integrations.Teams.Inbound.Commands;

/// <summary>"indlæg &lt;tekst&gt;": a post in the channel's theme, by the same command and rules as over the API.</summary>
public static class WritePost
{
    public static Task RunAsync(BotTurn turn, Actor actor, string argument) => turn.InLinkedThemeAsync(async theme =>
    {
        var outcome = await turn.RunAsync(actor, new PublishPost(argument, null) { ThemeId = theme.Id });
        await turn.ReplyAsync(outcome is Refusal refusal ? Answers.Of(refusal) : $"Dit indlæg er skrevet i temaet »{theme.Title}«.");
    });
}
