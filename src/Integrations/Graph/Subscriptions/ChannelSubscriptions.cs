using System.Security.Cryptography;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Wolverine;

namespace Politikerforum.Integrations.Graph.Subscriptions;

/// <summary>
/// A linked channel's change-notification subscription on <c>/teams/{team}/channels/{channel}/messages</c>: created with
/// a fresh random clientState, renewed well before it expires by a durable scheduled message, so renewals survive restarts.
/// </summary>
public static class ChannelSubscriptions
{
    /// <summary>Graph keeps a channel-message subscription under three days; two leave room for a renewal that must be retried.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);

    public static readonly TimeSpan RenewBefore = TimeSpan.FromHours(12);

    public static string ResourceOf(WatchedChannel channel) => $"/teams/{channel.TeamId}/channels/{channel.Id}/messages";

    public static async Task<WatchedChannel> CreateAsync(GraphServiceClient graph, GraphSettings settings, WatchedChannel channel, DateTimeOffset now, CancellationToken ct)
    {
        var clientState = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        var subscription = new Subscription
        {
            ChangeType = "created,updated,deleted",
            NotificationUrl = settings.NotificationUrl,
            LifecycleNotificationUrl = settings.LifecycleUrl,
            Resource = ResourceOf(channel),
            ExpirationDateTime = now + Lifetime,
            ClientState = clientState
        };
        if (settings.EncryptsResourceData)
        {
            using var certificate = settings.LoadCertificate();
            subscription.IncludeResourceData = true;
            subscription.AddPublicEncryptionCertificate(certificate);
            subscription.EncryptionCertificateId = certificate.Thumbprint;
        }
        var created = await graph.Subscriptions.PostAsync(subscription, cancellationToken: ct)
            ?? throw new InvalidOperationException("Graph created a subscription but did not return it.");
        return channel with
        {
            SubscriptionId = created.Id,
            ClientState = clientState,
            SubscriptionExpiresAt = created.ExpirationDateTime ?? now + Lifetime,
            IncludesResourceData = settings.EncryptsResourceData
        };
    }

    public static async Task<WatchedChannel> RenewAsync(GraphServiceClient graph, WatchedChannel channel, DateTimeOffset now, CancellationToken ct)
    {
        var renewed = await graph.Subscriptions[channel.SubscriptionId].PatchAsync(new Subscription { ExpirationDateTime = now + Lifetime }, cancellationToken: ct);
        return channel with { SubscriptionExpiresAt = renewed?.ExpirationDateTime ?? now + Lifetime };
    }

    public static object RenewalOf(WatchedChannel channel) =>
        new RenewSubscription(channel.Id, channel.SubscriptionId!).ScheduledAt(channel.SubscriptionExpiresAt!.Value - RenewBefore);

    /// <summary>The clientState Graph sent back matches the one stored, compared in constant time.</summary>
    public static bool Vouches(this WatchedChannel channel, string? clientState) =>
        channel.ClientState is { } stored && clientState is not null
        && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(stored), System.Text.Encoding.UTF8.GetBytes(clientState));
}
