using Marten;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Outbound;
using Politikerforum.Integrations.Teams.Protocol;
using Wolverine;

namespace Politikerforum.Integrations.Teams.Notices;

/// <summary>Bring every card the bot posted about one thing up to date: a decision's tally and status, a lesson's endorsements.</summary>
public sealed record RefreshCards(string Key) : ITeamsDelivery
{
    public string Thread => Key;
}

/// <summary>Take down every card the bot posted about one thing (a lesson the secretariat hid).</summary>
public sealed record RemoveCards(string Key) : ITeamsDelivery
{
    public string Thread => Key;
}

public static class PostedCards
{
    public static RefreshCards Refresh(string kind, Guid id) => new(SentCard.Of(kind, id));
}

public static class RefreshCardsHandler
{
    public static async Task<OutgoingMessages> Handle(RefreshCards message, IDocumentSession session, CancellationToken ct)
    {
        var cards = await SentCard.AllOfAsync(session, message.Key, ct);
        if (cards.Count == 0 || await CurrentAsync(session, message.Key, ct) is not { } card) return [];
        var activity = ChannelPosts.Message(card);
        return [.. cards.Select(sent => new UpdateActivity(sent.ConversationId, sent.ActivityId, activity))];
    }

    /// <summary>The card as it should look now; null when the channel may no longer see the thing.</summary>
    private static async Task<AdaptiveCard?> CurrentAsync(IQuerySession session, string key, CancellationToken ct)
    {
        var (kind, id) = (key[..key.IndexOf(':')], Guid.Parse(key[(key.IndexOf(':') + 1)..]));
        return kind switch
        {
            SentCard.Decision => (await ItemCards.DecisionAsync(session, id, ct))?.Card,
            SentCard.Lesson => (await ItemCards.LessonAsync(session, id, ct))?.Card,
            _ => null
        };
    }
}

public static class RemoveCardsHandler
{
    public static async Task<OutgoingMessages> Handle(RemoveCards message, IDocumentSession session, CancellationToken ct)
    {
        var cards = await SentCard.AllOfAsync(session, message.Key, ct);
        foreach (var card in cards) session.Delete(card);
        return [.. cards.Select(card => new DeleteActivity(card.ConversationId, card.ActivityId))];
    }
}
