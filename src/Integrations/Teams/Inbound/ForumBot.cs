using System.Text.Json;
using System.Text.Json.Nodes;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Lessons;
using Politikerforum.Integrations.Teams.Inbound.Buttons;
using Politikerforum.Integrations.Teams.Outbound;
using Politikerforum.Integrations.Teams.People;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.Inbound;

/// <summary>
/// What the forum says in Teams: the protocol layer hands it each validated, typed activity that asks something of
/// the bot. The speaker is whoever the registry knows by their Entra object id (<see cref="ActorIdentity"/>); the
/// Danish commands and card buttons become the forum's own commands and reads, which decide everything. Someone the
/// forum does not know is told how to join, and may do nothing else.
/// </summary>
public static class ForumBot
{
    public static async Task OnMessageAsync(BotTurn turn)
    {
        var actor = await SpeakerAsync(turn);
        var text = turn.Activity.TextForBot();
        // An Action.Submit arrives as a message with the card's data and inputs in its value, and no text.
        if (text.Length == 0 && turn.Activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            var data = JsonNode.Parse(value.GetRawText())!.AsObject();
            var answer = await CardActions.RunAsync(turn, actor, data.Text(Cards.CardVerbs.Verb), data);
            // Only the person who pressed the button learns what came of it, as with Action.Execute.
            await turn.ReplyPrivatelyAsync(answer.Text, answer.Card);
            return;
        }
        var (command, run, argument) = BotCommands.Read(text);
        if (actor is not null) await run(turn, actor, argument);
        else if (command == BotCommands.Join && turn.Activity.From?.AadObjectId is { Length: > 0 } objectId) await run(turn, ActorIdentity.Stranger(objectId), argument);
        else await turn.ReplyAsync(Answers.Stranger);
    }

    public static async Task<InvokeResponse> OnCardActionAsync(BotTurn turn, CardActionInvoke invoke)
    {
        var data = invoke.Action.Data ?? [];
        var answer = await CardActions.RunAsync(turn, await SpeakerAsync(turn), invoke.Action.Verb ?? data.Text(Cards.CardVerbs.Verb), data);
        return answer.ToInvokeResponse();
    }

    /// <summary>The bot was added to a team, a chat or someone's Teams: it greets the conversation, once.</summary>
    public static async Task OnConversationUpdateAsync(BotTurn turn)
    {
        var activity = turn.Activity;
        var added = activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Action is "add" or "add-upgrade"
            : activity.MembersAdded.IsAbout(activity.Recipient);
        if (added) await turn.PublishAsync(GreetConversation.For(activity));
    }

    /// <summary>A like on a lesson's card endorses the lesson. Nothing is answered: a reaction asks no question.</summary>
    public static async Task OnReactionAsync(BotTurn turn)
    {
        var activity = turn.Activity;
        if (activity.ReplyToId is not { } cardId || activity.ReactionsAdded?.Any(reaction => reaction.Type == "like") != true) return;
        if (await turn.Session.LoadAsync<SentCard>(SentCard.IdOf(turn.ConversationId, cardId)) is not { } card
            || !card.Key.StartsWith(SentCard.Lesson + ":", StringComparison.Ordinal)) return;
        if (await SpeakerAsync(turn) is { } actor)
            await turn.RunAsync(actor, new EndorseLesson(Guid.Parse(card.Key[(SentCard.Lesson.Length + 1)..])));
    }

    /// <summary>Who is speaking, and how to reach them later; null for someone the forum does not know.</summary>
    private static async Task<Actor?> SpeakerAsync(BotTurn turn)
    {
        var actor = await turn.SpeakerInRegistryAsync();
        if (actor is not null) await TeamsPerson.RememberAsync(turn.Session, actor, turn.Activity, turn.Now, CancellationToken.None);
        return actor;
    }
}
