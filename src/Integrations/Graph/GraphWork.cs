namespace Politikerforum.Integrations.Graph;

/// <summary>
/// Work the Graph import does for one channel, through Wolverine's durable local queues: kept in PostgreSQL from the
/// moment it is accepted, so a crash loses none of it. One channel's work runs one piece after the other
/// (<see cref="GraphQueues"/>), so a catch-up and a notification never import the same message side by side.
/// </summary>
public interface IChannelWork
{
    string ChannelId { get; }
}

/// <summary>Follow a linked channel: make sure it has a live subscription, then catch up.</summary>
/// <param name="Recreate">Graph removed the subscription: make a new one even if one is on record.</param>
public sealed record WatchChannel(string ChannelId, Guid ThemeId, string TeamId, bool Recreate = false) : IChannelWork;

/// <summary>The channel is no longer a theme's: its subscription is deleted.</summary>
public sealed record UnwatchChannel(string ChannelId, string TeamId) : IChannelWork;

/// <summary>Scheduled before the subscription expires; a renewal for a subscription since replaced does nothing.</summary>
public sealed record RenewSubscription(string ChannelId, string SubscriptionId) : IChannelWork;

/// <summary>Import everything that changed since the stored delta link (from the beginning without one).</summary>
public sealed record CatchUpChannel(string ChannelId) : IChannelWork;

/// <summary>
/// A change notification Graph delivered and the forum accepted (its clientState matched): the message to import,
/// fetched by id, or decrypted from <see cref="EncryptedContent"/> when Graph sent it along.
/// </summary>
public sealed record ImportChannelMessage(string ChannelId, string Resource, string ChangeType, EncryptedMessage? EncryptedContent = null) : IChannelWork;

/// <summary>The encrypted message exactly as Graph sent it (<c>encryptedContent</c>).</summary>
public sealed record EncryptedMessage(string Data, string DataKey, string? DataSignature, string? EncryptionCertificateId, string? EncryptionCertificateThumbprint);

/// <summary>A lifecycle notification: <c>reauthorizationRequired</c>, <c>subscriptionRemoved</c> or <c>missed</c>.</summary>
public sealed record SubscriptionLifecycle(string ChannelId, string SubscriptionId, string LifecycleEvent) : IChannelWork;
