using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Search;
using Politikerforum.Integrations.Teams.Outbound;
using Politikerforum.Integrations.Teams.Protocol;
using Wolverine;
using Wolverine.Marten.Publishing;

namespace Politikerforum.Integrations.Teams.Inbound;

/// <summary>
/// Takes in an activity whose token vouched for it: remembers where its conversation lives (the serviceUrl, for every
/// later delivery), hands what asks something of the bot to <see cref="ForumBot"/>, and commits the reference and the
/// bot's replies in one transaction. Activities the bot does not use are acknowledged and change nothing else.
/// </summary>
public sealed class InboundDispatch(
    OutboxedSessionFactory sessions, IMessageBus bus, ForumCommands commands, ForumSearch search, TimeProvider clock, RegistryCache registry)
{
    public const string InvalidCardAction = "Kortets handling kunne ikke læses.";

    public async Task<InboundAnswer> ReceiveAsync(Activity activity, CancellationToken ct)
    {
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        // An invoke the bot does not know is answered before anything is written: Teams shows the user it failed.
        if (isInvoke && activity.Name != CardActionInvoke.Name) return InboundAnswer.UnknownInvoke;
        if (ConversationReference.Of(activity, clock.GetUtcNow()) is not { } reference)
            return isInvoke ? InboundAnswer.Invoke(InvokeResponse.BadRequest(InvalidCardAction)) : InboundAnswer.Acknowledged;

        await using var session = sessions.OpenSession(bus);
        session.Store(reference);
        var turn = new BotTurn(activity, bus, session, commands, search, clock, registry);
        var answer = InboundAnswer.Acknowledged;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await ForumBot.OnMessageAsync(turn);
                break;
            case ActivityTypes.Invoke:
                answer = InboundAnswer.Invoke(CardActionInvoke.From(activity) is { } invoke
                    ? await ForumBot.OnCardActionAsync(turn, invoke)
                    : InvokeResponse.BadRequest(InvalidCardAction));
                break;
            case ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate:
                await ForumBot.OnConversationUpdateAsync(turn);
                break;
            case ActivityTypes.MessageReaction:
                await ForumBot.OnReactionAsync(turn);
                break;
        }
        await session.SaveChangesAsync(ct);
        return answer;
    }
}
