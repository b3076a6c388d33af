using System.Text.Json.Nodes;
using Politikerforum.Domain;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Notices;

namespace Politikerforum.Integrations.Teams.Inbound.Buttons;

/// <summary>
/// The bot's card buttons, whether they came as an <c>Action.Execute</c> invoke or as an <c>Action.Submit</c> message:
/// each verb is one command, or one read, for the person who pressed it.
/// </summary>
public static class CardActions
{
    public const string UnknownAction = "Den handling kender Politikerforum ikke. Skriv hjælp for at se, hvad botten kan.";

    /// <param name="actor">Null for someone who is not in the forum: they see the card as the channel does, and may do nothing on it.</param>
    public static async Task<CardAnswer> RunAsync(BotTurn turn, Actor? actor, string? verb, JsonObject data)
    {
        if (actor is null)
            return verb == CardVerbs.ShowDecision && data.Id(CardVerbs.Decision) is { } id && await ItemCards.DecisionAsync(turn.Session, id, CancellationToken.None) is var (_, card)
                ? CardAnswer.Of(card)
                : CardAnswer.Of(Answers.Stranger);
        return verb switch
        {
            CardVerbs.RecordLesson => await SubmittedForms.LessonAsync(turn, actor, data),
            CardVerbs.ProposeExperiment => await SubmittedForms.ExperimentAsync(turn, actor, data),
            CardVerbs.ProposeDecision => await SubmittedForms.DecisionAsync(turn, actor, data),
            CardVerbs.MakeCommitment => await SubmittedForms.CommitmentAsync(turn, actor, data),
            CardVerbs.TakePosition => await DecisionButtons.TakePositionAsync(turn, actor, data),
            CardVerbs.ShowDecision => await DecisionButtons.ShowAsync(turn, actor, data),
            CardVerbs.EndorseLesson => await LessonButtons.EndorseAsync(turn, actor, data),
            CardVerbs.OpenLessonForm => await LessonButtons.FormAsync(turn, actor, data),
            _ => CardAnswer.Of(UnknownAction)
        };
    }
}
