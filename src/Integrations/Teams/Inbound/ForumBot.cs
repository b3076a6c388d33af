using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.Inbound;

/// <summary>
/// What the forum says in Teams: the protocol layer hands it each validated, typed activity that asks something of
/// the bot. This is where the Danish commands and the card verbs meet the forum's commands (<c>ForumCommands</c>,
/// with the sender's Entra object id for the actor and the activity id for the idempotency key). The bot knows no
/// command yet, so it answers every message with the help card, and every card action with a polite refusal.
/// </summary>
public sealed class ForumBot
{
    public const string UnknownAction = "Den handling kender Politikerforum ikke. Skriv hjælp for at se, hvad botten kan.";

    public async Task OnMessageAsync(BotTurn turn)
    {
        // An Action.Submit arrives as a message with the card's data in value and no text; no card of ours submits yet.
        if (turn.Activity.TextForBot().Length == 0 && turn.Activity.Value is not null) return;
        await turn.ReplyAsync(HelpCard.Build());
    }

    public Task<InvokeResponse> OnCardActionAsync(BotTurn turn, CardActionInvoke invoke) =>
        Task.FromResult(InvokeResponse.Message(UnknownAction));
}
