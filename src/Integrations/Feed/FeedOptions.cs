namespace Politikerforum.Integrations.Feed;

/// <summary>Settings under <c>Feed</c>.</summary>
public sealed class FeedOptions
{
    /// <summary>How often each node looks for new events while someone listens to the live stream.</summary>
    public TimeSpan StreamPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>A comment line on an idle stream, so proxies keep it open and clients notice a dead one.</summary>
    public TimeSpan StreamHeartbeat { get; set; } = TimeSpan.FromSeconds(15);
}
