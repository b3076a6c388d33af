using Marten;
using Microsoft.Extensions.Logging;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Outbound;
using Wolverine;

namespace Politikerforum.Integrations.Teams.Notices;

/// <summary>
/// A theme's notices waiting for the day's digest. The first notice of the day schedules <see cref="SendDigest"/> at
/// the digest time; the scheduled message is kept in PostgreSQL, so the digest goes out after a restart too.
/// </summary>
public sealed record ChannelDigest(string Id, Guid ThemeId, DateOnly Day, DateTimeOffset DueAt, IReadOnlyList<ThemeNotice> Notices)
{
    /// <summary>Notices of one theme are handled one after the other (<see cref="ThemeNotice.Thread"/>), so two never race for the same digest.</summary>
    public static async Task<OutgoingMessages> AddAsync(IDocumentSession session, Theme theme, ThemeNotice notice, TimeOnly digestTime, DateTimeOffset now, CancellationToken ct)
    {
        var (at, day) = DigestClock.Next(now, digestTime);
        if (await session.LoadAsync<ChannelDigest>(DigestClock.Key(theme.Id, day), ct) is { } waiting)
        {
            session.Store(waiting with { Notices = [.. waiting.Notices, notice] });
            return [];
        }
        var digest = new ChannelDigest(DigestClock.Key(theme.Id, day), theme.Id, day, at, [notice]);
        session.Store(digest);
        return [new SendDigest(theme.Id, digest.Id).ScheduledAt(at)];
    }
}

public sealed record SendDigest(Guid ThemeId, string DigestId) : ITeamsDelivery
{
    public string Thread => $"theme:{ThemeId}";
}

public static class SendDigestHandler
{
    public static async Task<OutgoingMessages> Handle(SendDigest message, IDocumentSession session, TimeProvider clock, ILogger<SendDigest> log, CancellationToken ct)
    {
        if (await session.LoadAsync<ChannelDigest>(message.DigestId, ct) is not { } digest) return [];
        // Delivered early (clocks differ between nodes): try again at the digest time.
        if (clock.GetUtcNow() < digest.DueAt) return [message.ScheduledAt(digest.DueAt)];
        session.Delete(digest);
        if (await session.LoadAsync<Theme>(digest.ThemeId, ct) is not { TeamsChannel: { } channel } theme) return [];

        var contents = new List<NoticeContent>();
        foreach (var notice in digest.Notices)
            if (await NoticeContents.OfAsync(session, theme, notice, ct) is { } content) contents.Add(content);
        if (contents.Count == 0) return [];
        if (await ChannelPosts.AddressAsync(session, channel, ct) is not { } address)
        {
            log.LogWarning("Theme {ThemeId} is linked to channel {ChannelId}, but the bot has never heard from its team", theme.Id, channel.ChannelId);
            return [];
        }
        FollowUp summary = new(ChannelPosts.Message(DigestCard.Build(theme.Title, digest.Day, [.. contents.Select(c => c.Line)])));
        return [ChannelPosts.Thread(address, channel, [summary, .. contents.Where(c => c.OwnMessage).Select(ChannelPosts.Post)])];
    }
}
