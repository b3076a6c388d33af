using Marten;
using Microsoft.Extensions.Logging;
using Politikerforum.Domain.Themes;
using Wolverine;

namespace Politikerforum.Integrations.Teams.Notices;

/// <summary>
/// When a theme's channel hears of something. In urgent pace at once (and one to one to those who asked); in normal
/// pace in the day's digest. A pace switch is told at once whatever the pace: it is the news of the pace itself. A
/// Chatham House lesson only ever goes in the digest, urgent or not: told at once, the moment it appeared would point
/// to whoever had just been busy with the bot.
/// </summary>
public static class ThemeNoticeHandler
{
    public static bool GoesOutAtOnce(ThemeNotice notice, Theme theme) =>
        !notice.ChathamHouse && (notice.Kind is NoticeKind.PaceSwitched or NoticeKind.PaceReverted or NoticeKind.UrgentMeetingBooked || theme.Pace == Pace.Urgent);

    public static async Task<OutgoingMessages> Handle(ThemeNotice notice, IDocumentSession session, TeamsSettings settings, TimeProvider clock,
        ILogger<ThemeNotice> log, CancellationToken ct)
    {
        if (await session.LoadAsync<Theme>(notice.ThemeId, ct) is not { TeamsChannel: { } channel } theme) return [];
        if (!GoesOutAtOnce(notice, theme)) return await ChannelDigest.AddAsync(session, theme, notice, settings.DigestTimeOfDay, clock.GetUtcNow(), ct);

        if (await NoticeContents.OfAsync(session, theme, notice, ct) is not { } content) return [];
        OutgoingMessages messages = [];
        if (await ChannelPosts.AddressAsync(session, channel, ct) is { } address) messages.Add(ChannelPosts.Thread(address, channel, [ChannelPosts.Post(content)]));
        else log.LogWarning("Theme {ThemeId} is linked to channel {ChannelId}, but the bot has never heard from its team", theme.Id, channel.ChannelId);
        if (theme.Pace == Pace.Urgent) messages.AddRange(await PersonalNotices.ForAsync(session, theme, [content], ct));
        return messages;
    }
}
