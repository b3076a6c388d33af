using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Outbound;
using Politikerforum.Integrations.Teams.Protocol;
using Wolverine;

namespace Politikerforum.Integrations.Teams.Inbound;

/// <summary>
/// One activity from Teams being answered. What the bot says back is published on the turn's own message bus, which
/// the turn's Marten session enlisted in its transaction: the deliveries are stored with the turn's writes and leave
/// only after they commit, so <c>/api/messages</c> answers at once and a crash loses no reply.
/// </summary>
public sealed class BotTurn(Activity activity, IMessageBus bus)
{
    public Activity Activity { get; } = activity;

    /// <summary>The conversation the activity came from; the dispatch starts a turn only for activities that name one.</summary>
    public string ConversationId => Activity.Conversation!.Id;

    public ValueTask ReplyAsync(Activity reply) => bus.PublishAsync(new SendActivity(ConversationId, reply, Activity.Id));

    public ValueTask ReplyAsync(AdaptiveCard card) => ReplyAsync(Activity.ReplyTo(null, card.ToAttachment()));

    public ValueTask UpdateAsync(string activityId, Activity replacement) => bus.PublishAsync(new UpdateActivity(ConversationId, activityId, replacement));
}
