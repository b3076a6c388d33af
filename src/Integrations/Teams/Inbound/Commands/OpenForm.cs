using Politikerforum.Domain;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Teams.Cards;

namespace Politikerforum.Integrations.Teams.Inbound.Commands;

/// <summary>
/// "erfaring", "eksperiment", "forslag", "tilsagn": the form for it, for the channel's theme. Whoever fills it in
/// submits it as themselves, and only they see the answer.
/// </summary>
public static class OpenForm
{
    public static Task LessonAsync(BotTurn turn, Actor actor, string argument) =>
        ReplyAsync(turn, actor, theme => LessonForm.Build(theme.Id, theme.Title));

    public static Task ExperimentAsync(BotTurn turn, Actor actor, string argument) =>
        ReplyAsync(turn, actor, theme => ExperimentForm.Build(theme.Id, theme.Title, Danish.Today(turn.Now)));

    public static Task DecisionAsync(BotTurn turn, Actor actor, string argument) =>
        ReplyAsync(turn, actor, theme => DecisionForm.Build(theme.Id, theme.Title, Danish.Today(turn.Now)));

    public static Task CommitmentAsync(BotTurn turn, Actor actor, string argument) =>
        ReplyAsync(turn, actor, theme => CommitmentForm.Build(theme.Id, theme.Title, Danish.Today(turn.Now)));

    private static Task ReplyAsync(BotTurn turn, Actor actor, Func<Theme, AdaptiveCard> form) =>
        turn.InLinkedThemeAsync(theme => theme.CanSee(actor) ? turn.ReplyAsync(form(theme)).AsTask() : turn.ReplyAsync(Refusal.Unknown.Detail).AsTask());
}
