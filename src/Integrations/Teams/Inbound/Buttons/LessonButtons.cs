using System.Text.Json.Nodes;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Notices;

namespace Politikerforum.Integrations.Teams.Inbound.Buttons;

/// <summary>"Det kan jeg bruge" on a lesson's card, and "Del en erfaring" on a concluded experiment's card.</summary>
public static class LessonButtons
{
    public static async Task<CardAnswer> EndorseAsync(BotTurn turn, Actor actor, JsonObject data)
    {
        var lesson = data.Id(CardVerbs.Lesson) ?? Guid.Empty;
        if (await turn.RunAsync(actor, new EndorseLesson(lesson)) is Refusal refusal) return CardAnswer.Of(Answers.Of(refusal));
        return await ItemCards.LessonAsync(turn.Session, lesson, CancellationToken.None, endorsedByYou: true) is var (_, card)
            ? CardAnswer.Of(card)
            : CardAnswer.Of("Tak. Du har tilkendegivet, at du kan bruge erfaringen.");
    }

    /// <summary>The lesson form for the experiment's theme, pointing back to the experiment; for the presser only.</summary>
    public static async Task<CardAnswer> FormAsync(BotTurn turn, Actor actor, JsonObject data) =>
        data.Id(CardVerbs.Theme) is { } id && await turn.Session.LoadAsync<Theme>(id) is { } theme && theme.CanSee(actor)
            ? CardAnswer.Of(LessonForm.Build(theme.Id, theme.Title, data.Id(CardVerbs.Experiment)))
            : CardAnswer.Of(Refusal.Unknown.Detail);
}
