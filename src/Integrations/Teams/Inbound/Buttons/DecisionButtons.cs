using System.Text.Json.Nodes;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Notices;

namespace Politikerforum.Integrations.Teams.Inbound.Buttons;

/// <summary>
/// "Støtter", "Imod", "Undlader" on a decision's card, and the card's refresh: the person sees the decision as they
/// may read it, with their own position. Everyone else's card is brought up to date by the position's event.
/// </summary>
public static class DecisionButtons
{
    public static async Task<CardAnswer> TakePositionAsync(BotTurn turn, Actor actor, JsonObject data)
    {
        var position = Enum.TryParse<Position>(data.Text(CardVerbs.Position), ignoreCase: true, out var chosen) ? chosen : (Position?)null;
        var decision = data.Id(CardVerbs.Decision) ?? Guid.Empty;
        if (await turn.RunAsync(actor, new TakePosition(position, null) { DecisionId = decision }) is Refusal refusal)
            return CardAnswer.Of(Answers.Of(refusal));
        return await ShowAsync(turn, actor, data);
    }

    public static async Task<CardAnswer> ShowAsync(BotTurn turn, Actor actor, JsonObject data)
    {
        if (data.Id(CardVerbs.Decision) is not { } id || await DecisionReads.GetAsync(turn.Session, id, actor, CancellationToken.None) is not { } decision)
            return CardAnswer.Of(Refusal.Unknown.Detail);
        var theme = (await turn.Session.LoadAsync<Theme>(decision.ThemeId))!;
        var yours = decision.Positions.FirstOrDefault(p => p.MemberId == actor.MemberId)?.Position;
        // The bot learns a participant's Teams id as they press; it is stored with this turn, so it is added here.
        IReadOnlyList<string> refreshFor = [.. await ItemCards.RefreshForAsync(turn.Session, theme, CancellationToken.None)];
        if (theme.HasParticipant(actor.MemberId) && turn.Activity.From?.Id is { } presser) refreshFor = [.. refreshFor.Append(presser).Distinct()];
        return CardAnswer.Of(DecisionCard.Build(decision, theme.Title, yours, refreshFor));
    }
}
