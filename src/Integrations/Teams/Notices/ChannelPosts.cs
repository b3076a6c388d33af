using Marten;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Outbound;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.Notices;

/// <summary>
/// A post in a theme's channel on the bot's own initiative: a new thread, as Teams publishes it, at the service the
/// bot last heard the team or channel from. A channel linked over the API in a team the bot was never added to has
/// no known service; nothing can be posted there until the bot is added to the team.
/// </summary>
public static class ChannelPosts
{
    public static async Task<ConversationReference?> AddressAsync(IQuerySession session, LinkedChannel channel, CancellationToken ct) =>
        (await session.Query<ConversationReference>()
            .Where(r => r.TeamsChannelId == channel.ChannelId || r.Id == channel.ChannelId || r.TeamAadGroupId == channel.TeamId)
            .ToListAsync(ct))
        .OrderByDescending(r => r.LastActivityAt).FirstOrDefault();

    /// <summary>The first message opens the thread; the others follow in it, each its own delivery.</summary>
    public static StartConversation Thread(ConversationReference address, LinkedChannel channel, IReadOnlyList<FollowUp> messages) =>
        new(address.ServiceUrl, ConversationParameters.ChannelThread(channel.ChannelId, address.TenantId ?? "", messages[0].Activity) with { Bot = address.Bot })
        {
            Remember = messages[0].Remember,
            Then = [.. messages.Skip(1)]
        };

    public static Activity Message(AdaptiveCard card) => new() { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] };

    public static FollowUp Post(NoticeContent content) => new(Message(content.Card), content.Remember);
}
