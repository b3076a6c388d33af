using Marten;
using Microsoft.Extensions.Logging;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Notices;
using Politikerforum.Integrations.Teams.Outbound;
using Wolverine;

namespace Politikerforum.Integrations.Graph.Channels;

/// <summary>
/// The bot says hello in a channel the forum just created. Graph cannot post in a channel as an app, so the bot posts
/// through its own Connector client, at the service it last heard the team from.
/// </summary>
public sealed record AnnounceInChannel(Guid ThemeId, string ChannelId) : ITeamsDelivery
{
    public string Thread => $"theme:{ThemeId}";
}

public static class AnnounceInChannelHandler
{
    public static async Task<OutgoingMessages> Handle(AnnounceInChannel message, IQuerySession session, ILogger<AnnounceInChannel> log, CancellationToken ct)
    {
        if (await session.LoadAsync<Theme>(message.ThemeId, ct) is not { TeamsChannel: { } channel } theme || channel.ChannelId != message.ChannelId) return [];
        if (await ChannelPosts.AddressAsync(session, channel, ct) is not { } address)
        {
            log.LogWarning("Created channel {ChannelId} for theme {ThemeId}, but the bot has never heard from its team and cannot announce itself", channel.ChannelId, theme.Id);
            return [];
        }
        var card = NoticeCard.Build($"Kanal for temaet »{theme.Title}«",
            "Her drøfter vi temaet i Teams. Det, der skrives her, kommer også med i temaets tidslinje i Politikerforum. "
            + "Skriv @Politikerforum hjælp for at se, hvad jeg kan.");
        return [ChannelPosts.Thread(address, channel, [new FollowUp(ChannelPosts.Message(card))])];
    }
}
