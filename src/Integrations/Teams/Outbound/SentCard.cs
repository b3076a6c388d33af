using Marten;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.Outbound;

/// <summary>
/// A card the bot posted and may come back to: a decision's card is updated with the new tally, a lesson's card is
/// removed when the lesson is hidden, and a like on a lesson's card endorses the lesson. <see cref="Key"/> names what
/// the card shows (<see cref="Of"/>); the id is where the message lives, the channel without its thread and the
/// message id, as a reaction names it.
/// </summary>
public sealed record SentCard(string Id, string Key, string ConversationId, string ActivityId, DateTimeOffset SentAt)
{
    public static string IdOf(string conversationId, string activityId) => $"{Channels.WithoutThread(conversationId)}|{activityId}";

    /// <summary>The key of the cards that show one thing, e.g. <c>decision:…</c>.</summary>
    public static string Of(string kind, Guid id) => $"{kind}:{id}";

    public const string Decision = "decision";
    public const string Lesson = "lesson";

    public static void Remember(IDocumentSession session, string? key, string conversationId, string? activityId, DateTimeOffset now)
    {
        if (key is not null && activityId is { Length: > 0 })
            session.Store(new SentCard(IdOf(conversationId, activityId), key, conversationId, activityId, now));
    }

    public static Task<IReadOnlyList<SentCard>> AllOfAsync(IQuerySession session, string key, CancellationToken ct) =>
        session.Query<SentCard>().Where(card => card.Key == key).ToListAsync(ct);
}
